import { formatLocation, type Location } from '../../src/issues/location';

// Format: the file first, then (CSV, XLSX) "trang <sheet>", "ô <cell>", "dòng <row>",
// "cột <column>", or (JSON) one path "<table>[<index>].<column>"; any detail last;
// the parts are joined with ", ".
describe('formatLocation', () => {
  test.each<[string, Location, string]>([
    // CSV
    [
      'CSV cell (the documented example)',
      { file: 'HoSo.csv', format: 'csv', row: 17, column: 'tiep_nhan_truc_tuyen' },
      'HoSo.csv, dòng 17, cột tiep_nhan_truc_tuyen',
    ],
    [
      'CSV header row: the table name is not repeated',
      { file: 'HoSo.csv', format: 'csv', table: 'HoSo', row: 1 },
      'HoSo.csv, dòng 1',
    ],
    ['CSV file only', { file: 'DuThao.csv', format: 'csv' }, 'DuThao.csv'],
    ['folder without a format', { file: 'data/lao-cai-2026-q1' }, 'data/lao-cai-2026-q1'],
    [
      'field of a fields table with a detail',
      { file: 'ThongTin.csv', format: 'csv', row: 2, column: 'tinh', detail: 'trường tinh' },
      'ThongTin.csv, dòng 2, cột tinh, trường tinh',
    ],
    // XLSX
    [
      'XLSX cell: sheet, cell, row and column',
      {
        file: 'lao-cai.xlsx',
        format: 'xlsx',
        table: 'HoSo',
        row: 5,
        column: 'tiep_nhan_truc_tiep',
        cell: 'E5',
      },
      'lao-cai.xlsx, trang HoSo, ô E5, dòng 5, cột tiep_nhan_truc_tiep',
    ],
    [
      'XLSX header cell of an unknown column',
      { file: 'lao-cai.xlsx', format: 'xlsx', table: 'HoSo', row: 1, cell: 'N1' },
      'lao-cai.xlsx, trang HoSo, ô N1, dòng 1',
    ],
    [
      'XLSX whole sheet',
      { file: 'lao-cai.xlsx', format: 'xlsx', table: 'DonVi' },
      'lao-cai.xlsx, trang DonVi',
    ],
    ['XLSX file only', { file: 'lao-cai.xlsx', format: 'xlsx' }, 'lao-cai.xlsx'],
    // JSON
    [
      'JSON record field',
      { file: 'lao-cai.json', format: 'json', table: 'HoSo', row: 3, column: 'ma_don_vi' },
      'lao-cai.json, HoSo[3].ma_don_vi',
    ],
    [
      'JSON first record: index 0 is shown',
      { file: 'lao-cai.json', format: 'json', table: 'ChiSo766', row: 0, column: 'tong_diem' },
      'lao-cai.json, ChiSo766[0].tong_diem',
    ],
    [
      'JSON whole record',
      { file: 'lao-cai.json', format: 'json', table: 'PAKN', row: 2 },
      'lao-cai.json, PAKN[2]',
    ],
    [
      'JSON table',
      { file: 'lao-cai.json', format: 'json', table: 'KinhGui' },
      'lao-cai.json, KinhGui',
    ],
    ['JSON file only', { file: 'lao-cai.json', format: 'json' }, 'lao-cai.json'],
    [
      'a line of a JSON text (a syntax or encoding error): given without format',
      { file: 'lao-cai.json', row: 14 },
      'lao-cai.json, dòng 14',
    ],
    [
      'JSON with a detail',
      { file: 'lao-cai.json', format: 'json', table: 'ThongTin', detail: 'trường tinh' },
      'lao-cai.json, ThongTin, trường tinh',
    ],
  ])('%s', (_name, location, expected) => {
    expect(formatLocation(location)).toBe(expected);
  });
});
