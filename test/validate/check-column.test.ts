/**
 * The init workbook's "Kiểm tra" column (its live check of the form equations) is no data: the
 * readers skip it under either name, in a sheet or in a CSV saved from one, without calling it
 * unknown; a row holding only its formula or text is empty, not a blank row to warn about.
 */
import { dossiers } from '../../src/contract/tables';
import type { RawCell, RawTable } from '../../src/domain/raw-table';
import { readRows } from '../../src/validate/tables/read-rows';

/** HoSo with every column of the contract, then `extra`; rows give the cells by key. */
const hoSo = (extra: string, rows: Record<string, RawCell>[]): RawTable => ({
  name: 'HoSo',
  file: 'HoSo.csv',
  format: 'csv',
  headers: [...dossiers.columns.map((c) => ({ text: c.header })), { text: extra }],
  rows: rows.map((cells, i) => ({
    number: i + 2,
    cells: [...dossiers.columns.map((c) => cells[c.key] ?? null), cells.extra ?? null],
  })),
  headerRow: 1,
});

const read = (extra: string, rows: Record<string, RawCell>[]) =>
  readRows([hoSo(extra, rows)], dossiers.columns, new Set(dossiers.prefilled));

test.each(['Kiểm tra', 'kiem_tra', ' KIỂM  TRA '])('"%s" is skipped', (header) => {
  const { records, rejected, issues } = read(header, [
    {
      ma_don_vi: 'X1',
      tiep_nhan_truc_tuyen: 5,
      extra: 'Tổng số hồ sơ tiếp nhận (D) phải bằng E + F + G: 6 ≠ 5.',
    },
    // Spare rows: only the check's formula (its empty result not saved), or its empty text.
    { extra: { fault: 'formula', text: 'TRIM(IF(…))' } },
    { extra: '' },
    // A prefilled unit with nothing typed: a blank row, said once.
    { ma_don_vi: 'X2', ten_don_vi: 'Xã Hai', extra: '' },
  ]);
  expect(records.map((r) => [r.ma_don_vi, r.tiep_nhan_truc_tuyen])).toEqual([['X1', 5]]);
  expect(rejected).toEqual([]);
  expect(issues.map((i) => [i.code, i.location?.row])).toEqual([['BLANK_ROWS_SKIPPED', 5]]);
});

test('another unknown column is still reported, and a row with only its text is a row', () => {
  const { records, rejected, issues } = read('Ghi chú', [
    { ma_don_vi: 'X1', tiep_nhan_truc_tuyen: 5, extra: 'xem lại' },
    { extra: 'chỉ có ghi chú' },
  ]);
  expect(issues.map((i) => [i.code, i.location?.row])).toEqual([
    ['UNKNOWN_COLUMN', 1],
    ['REQUIRED_VALUE', 3],
  ]);
  expect([records.length, rejected.length]).toEqual([1, 1]);
});
