import type { RecordOf } from '../contract/table';
import type { units } from '../contract/tables';
import { stripKindWord } from '../format';
import type { Unit, UnitGroup, UnitKind } from '../domain/dataset';
import type { Located } from '../domain/origin';

/** Applies the defaults of DonVi: display name without the kind word, group by kind. */
export function normaliseUnit(row: Located<RecordOf<typeof units>>): Located<Unit> {
  const kind = row.loai as UnitKind;
  const group: UnitGroup =
    (row.nhom as UnitGroup | null) ?? (kind === 'co_quan' ? 'so_nganh' : 'xa_phuong');
  const displayName = row.ten_hien_thi ?? (kind === 'co_quan' ? row.ten : stripKindWord(row.ten));
  return { id: row.ma_don_vi, kind, name: row.ten, displayName, group, $at: row.$at };
}
