/**
 * A field table's value is checked once, against its field: a bad value is reported under the
 * field's name and the field counts as given (no "missing field" beside it); the value of a
 * field the program ignores is not checked at all.
 */
import { figures } from '../../src/contract/tables/figures';
import { reportMeta } from '../../src/contract/tables/report-meta';
import type { RawCell, RawTable } from '../../src/domain/raw-table';
import { readFields } from '../../src/validate/tables/read-fields';

const GOOD: [string, RawCell][] = [
  ['tinh', '15'],
  ['ky_bao_cao', '2026-Q1'],
  ['ngay_bao_cao', '2026-03-16'],
  ['ky_chuc_vu', 'PHÓ CHỦ TỊCH'],
  ['ky_ho_ten', 'Ngô Hạnh Phúc'],
];

/** ThongTin.csv with the good rows, then `extra` rows (line 2 onwards, header = line 1; an added row is line 7). */
function thongTin(extra: RawCell[][] = [], headers = ['truong', 'gia_tri']): RawTable {
  const rows = [...GOOD, ...extra].map((cells, i) => ({ number: i + 2, cells }));
  return {
    name: 'ThongTin',
    file: 'ThongTin.csv',
    format: 'csv',
    headers: headers.map((text) => ({ text })),
    rows,
    headerRow: 1,
  };
}

const read = (table: RawTable) => readFields([table], reportMeta.columns, 'ThongTin');
const brief = (r: ReturnType<typeof read>) =>
  r.issues.map((i) => [i.code, i.location?.row, i.location?.column]);

test('the good rows alone read clean (the cases below differ by one row)', () => {
  const r = read(thongTin());
  expect(r.issues).toEqual([]);
  expect(r.ok).toBe(true);
  expect(r.record.ky_ho_ten).toBe('Ngô Hạnh Phúc');
});

test('a value too long: one TEXT_TOO_LONG under the field, the field is given, not ok', () => {
  const r = read(thongTin([['luu', 'x'.repeat(2001)]]));
  expect(brief(r)).toEqual([['TEXT_TOO_LONG', 7, 'luu']]);
  expect(r.issues[0]?.message).toContain('Nơi lưu');
  expect(r.ok).toBe(false);
  expect(r.at.luu?.row).toBe(7);
});

test('a row with a cell beyond the header: the field is given, the row reported, not ok', () => {
  const r = read(thongTin([['luu', 'VT', 'thừa']]));
  expect(brief(r)).toEqual([['EXTRA_CELLS', 7, undefined]]);
  expect(r.record.luu).toBe('VT');
  expect(r.ok).toBe(false);
});

test('a description too long rejects the row, but the field is still given', () => {
  const r = read(thongTin([['luu', 'VT', 'y'.repeat(2001)]], ['truong', 'gia_tri', 'mo_ta']));
  expect(brief(r)).toEqual([['TEXT_TOO_LONG', 7, 'mo_ta']]);
  expect(r.record.luu).toBe('VT');
  expect(r.ok).toBe(false);
});

test("an unknown field's value is ignored, not checked", () => {
  const r = read(thongTin([['ghi_chu', 'z'.repeat(2001)]]));
  expect(brief(r)).toEqual([['UNKNOWN_FIELD', 7, 'truong']]);
  expect(r.ok).toBe(true);
});

test('a field given twice: DUPLICATE_FIELD, the first value kept', () => {
  const r = read(thongTin([['ky_ho_ten', 'Lê Văn B']]));
  expect(brief(r)).toEqual([['DUPLICATE_FIELD', 7, 'truong']]);
  expect(r.record.ky_ho_ten).toBe('Ngô Hạnh Phúc');
  expect(r.ok).toBe(false);
});

test('a blank field name: REQUIRED_VALUE on the name; the fault of its value stays under gia_tri', () => {
  const r = read(thongTin([['', 'x'.repeat(2001)]]));
  expect(brief(r)).toEqual([
    ['REQUIRED_VALUE', 7, 'truong'],
    ['TEXT_TOO_LONG', 7, 'gia_tri'],
  ]);
  expect(r.ok).toBe(false);
});

test('a SoLieu key as LibreOffice reads its own save ("tt_xa_…" with "_xa_" as a line break) is still that field', () => {
  const soLieu: RawTable = {
    name: 'SoLieu',
    file: 'du-lieu.xlsx',
    format: 'xlsx',
    headers: [{ text: 'truong' }, { text: 'gia_tri' }],
    rows: [
      { number: 2, cells: ['tt\ncong_chuc_cu', 4] },
      { number: 3, cells: ['tt_xa_chuyen_trach', 2] },
    ],
    headerRow: 1,
  };
  const r = readFields([soLieu], figures.columns, 'SoLieu');
  expect(r.issues.filter((i) => i.code === 'UNKNOWN_FIELD')).toEqual([]);
  expect([r.record.tt_xa_cong_chuc_cu, r.record.tt_xa_chuyen_trach]).toEqual([4, 2]);
});
