import { indexReadings, PROVINCE_UNIT_ID, subIndicatorReadings } from '../../contract/tables';
import type { RawTable } from '../../domain/raw-table';
import { formatNumber } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import { readRows } from '../tables/read-rows';
import type { Mapped } from './map-departments';
import type { Capture, PortalUnit } from './portal-capture';

type Row = Record<string, unknown> & { $at: { row: number } };

const shown = (v: unknown) =>
  v === null || v === undefined ? 'ô trống' : formatNumber(v as number);

/**
 * Reads the tables the import wrote back, through the data contract's own reader, and compares
 * every group score and every sub-indicator figure with the saved pages, department by
 * department (the province with the pages' root). Returns the differences and how many values
 * were compared.
 */
export function checkWritten(
  written: { readonly readings: RawTable; readonly subs: RawTable },
  captures: readonly Capture[],
  mapped: readonly Mapped[],
): { issues: Issue[]; compared: number } {
  const readings = readRows([written.readings], indexReadings.columns);
  const subs = readRows([written.subs], subIndicatorReadings.columns);
  const issues: Issue[] = [...readings.issues, ...subs.issues];
  let compared = 0;
  const readingOf = new Map((readings.records as Row[]).map((r) => [String(r.ma_don_vi), r]));
  const subOf = new Map(
    (subs.records as Row[]).map((r) => [`${String(r.ma_don_vi)}@${String(r.chi_so)}`, r]),
  );
  const compare = (
    file: string,
    row: Row | undefined,
    column: string,
    expected: number | null,
    what: string,
  ) => {
    compared++;
    const found = row ? (row[column] as number | null) : undefined;
    if (found === expected) return;
    issues.push(
      makeIssue(
        'PORTAL_WRITTEN_MISMATCH',
        { what, expected: shown(expected), found: row ? shown(found) : 'không có dòng' },
        { file, format: 'csv', row: row?.$at.row, column },
      ),
    );
  };
  const check = (unitId: string, pick: (c: Capture) => PortalUnit | undefined) => {
    for (const c of captures) {
      const u = pick(c);
      if (!u) continue;
      const reading = readingOf.get(unitId);
      compare(
        written.readings.file,
        reading,
        c.group.column,
        u.score,
        `${u.name}, ${c.group.name}`,
      );
      for (const def of c.group.subIndicators) {
        const s = u.subs.get(def.code);
        if (!s) continue;
        const row = subOf.get(`${unitId}@${def.code}`);
        const what = `${u.name}, ${def.code}`;
        compare(written.subs.file, row, 'tu_so', s.numerator, what);
        compare(written.subs.file, row, 'mau_so', s.denominator, what);
        compare(written.subs.file, row, 'ty_le', s.ratio, what);
        compare(written.subs.file, row, 'diem', s.score, what);
      }
    }
  };
  check(PROVINCE_UNIT_ID, (c) => c.root);
  for (const m of mapped) check(m.unit.id, (c) => c.units.find((u) => u.id === m.department.id));
  return { issues, compared };
}
