import { PROVINCE_UNIT_ID } from '../contract/tables';
import { nameKey } from '../domain/closest-name';
import { stripKindWord } from '../format';

interface UnitRow {
  readonly ma_don_vi: unknown;
  readonly ten: unknown;
  readonly ten_hien_thi?: unknown;
}

/**
 * Turns a unit written by its name instead of its code into the code, when the name is that
 * of exactly one unit of DonVi: its official name, its display name or its name without the
 * kind word ("Phường Tô Hiệu", "Tô Hiệu"), case and spacing ignored. Anything else is left
 * as typed, for the unit-references rule to report with the closest names.
 */
export function unitNameResolver(units: readonly UnitRow[]) {
  const codes = new Set(units.map((u) => String(u.ma_don_vi)));
  const byName = new Map<string, Set<string>>();
  for (const u of units) {
    const names = [u.ten, u.ten_hien_thi, typeof u.ten === 'string' ? stripKindWord(u.ten) : null];
    for (const n of names) {
      if (typeof n !== 'string' || n === '') continue;
      const key = nameKey(n);
      byName.set(key, (byName.get(key) ?? new Set()).add(String(u.ma_don_vi)));
    }
  }
  return (records: Record<string, unknown>[]): void => {
    for (const r of records) {
      const typed = r.ma_don_vi;
      if (typeof typed !== 'string' || codes.has(typed) || typed === PROVINCE_UNIT_ID) continue;
      const hits = byName.get(nameKey(typed));
      if (hits?.size === 1) r.ma_don_vi = [...hits][0];
    }
  };
}
