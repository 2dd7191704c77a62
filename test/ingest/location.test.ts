import { formatLocation, type Location } from '../../src/issues/location';

// Format: the file first, then (XLSX cell) "ô <sheet>!<cell>" as Excel names it, or (CSV,
// XLSX row) "trang <sheet>", "dòng <row>", then "cột "<Vietnamese header>"" (with the key in
// brackets in a CSV, whose header line may be keys), or (JSON) one path
// "<table>[<index>].<column>" and the header; any detail last; the parts are joined with ", ".
describe('formatLocation', () => {
  test.each<[string, Location, string]>([
    // CSV
    [
      'CSV cell (the documented example)',
      { file: 'HoSo.csv', format: 'csv', row: 17, column: 'tiep_nhan_truc_tuyen' },
      'HoSo.csv, dòng 17, cột tiep_nhan_truc_tuyen',
    ],
    [
      'CSV cell with its Vietnamese header: header, then the key the file may use',
      {
        file: 'HoSo.csv',
        format: 'csv',
        row: 17,
        column: 'tiep_nhan_truc_tuyen',
        header: 'Tiếp nhận trực tuyến',
      },
      'HoSo.csv, dòng 17, cột "Tiếp nhận trực tuyến" (tiep_nhan_truc_tuyen)',
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
      'XLSX cell: sheet!cell as Excel names it, and the Vietnamese header (issue 17)',
      {
        file: 'du-lieu.xlsx',
        format: 'xlsx',
        table: 'HoSo',
        row: 36,
        column: 'giai_quyet_dung_han',
        header: 'Đã giải quyết đúng hạn',
        cell: 'I36',
      },
      'du-lieu.xlsx, ô HoSo!I36, cột "Đã giải quyết đúng hạn"',
    ],
    [
      'XLSX cell without a known header: the key',
      {
        file: 'lao-cai.xlsx',
        format: 'xlsx',
        table: 'HoSo',
        row: 5,
        column: 'tiep_nhan_truc_tiep',
        cell: 'E5',
      },
      'lao-cai.xlsx, ô HoSo!E5, cột tiep_nhan_truc_tiep',
    ],
    [
      'XLSX row of a column the sheet lacks: sheet and row',
      {
        file: 'lao-cai.xlsx',
        format: 'xlsx',
        table: 'HoSo',
        row: 5,
        column: 'tong_tiep_nhan',
        header: 'Tổng số hồ sơ tiếp nhận',
      },
      'lao-cai.xlsx, trang HoSo, dòng 5, cột "Tổng số hồ sơ tiếp nhận"',
    ],
    [
      'XLSX header cell of an unknown column',
      { file: 'lao-cai.xlsx', format: 'xlsx', table: 'HoSo', row: 1, cell: 'N1' },
      'lao-cai.xlsx, ô HoSo!N1',
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
      'JSON record field with its header',
      {
        file: 'lao-cai.json',
        format: 'json',
        table: 'HoSo',
        row: 3,
        column: 'ma_don_vi',
        header: 'Mã đơn vị',
      },
      'lao-cai.json, HoSo[3].ma_don_vi, cột "Mã đơn vị"',
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
