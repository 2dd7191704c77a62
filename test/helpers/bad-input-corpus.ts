/**
 * The corpus of bad input (issues 8 and 20): every kind of file an office's systems may export,
 * each a real file under test/fixtures/bad-input/ (laid over the small valid dataset `base/`, or
 * read alone), with the issue it must raise. Used by test/validate/bad-input-corpus.test.ts (the
 * dataset's issues) and test/pipeline/validate-is-build.test.ts (validate says what build says).
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Expected } from '../../src/validate/package/validate-source';
import { projectRoot } from '../../src/tools/project-root';
import type { Severity } from '../../src/issues/entry';
import type { Location } from '../../src/issues/location';
import type { IssueCode } from '../../src/issues/messages';
import type { Dataset } from '../../src/domain/dataset';
import { csvAt } from './issues';
import {
  hugeDeclaredEntry,
  hundredThousandRows,
  lyingBomb,
  manyEntries,
  ratioBomb,
  xmlHeavy,
} from './large-inputs';
import { tempFolder } from './sample-copy';

export const FIXTURES = join(projectRoot(), 'test', 'fixtures', 'bad-input');
const BASE = join(FIXTURES, 'base');
const VALID_WORKBOOK = join(FIXTURES, 'xlsx-valid', 'du-lieu.xlsx');

export interface CorpusCase {
  readonly name: string;
  /** Folder under test/fixtures/bad-input/ whose files replace or join those of `base/`. */
  readonly fixture?: string;
  /** A file of the fixture folder read alone (a workbook, a JSON file). */
  readonly file?: string;
  /** Writes the input into a fresh folder (already holding `base/`); returns the --data path. */
  readonly make?: (dir: string) => string;
  /** Name of the dataset folder, when the case is about it. */
  readonly folder?: string;
  /** --province and --period as a command would pass them. */
  readonly asked?: Expected;
  /** The issue the case is about; null for input that is accepted as it is. */
  readonly code: IssueCode | null;
  readonly severity?: Severity;
  readonly at?: Location | ((data: string) => Location);
  /** Values the message must name. */
  readonly mentions?: readonly string[];
  /** Every error, then every warning, in any order. */
  readonly errors: readonly IssueCode[];
  readonly warnings: readonly IssueCode[];
  /** What must have been read, for input accepted (with or without a warning). */
  readonly read?: (d: Dataset) => void;
}

const xlsxAt = (table: string, row: number, column?: string, cell?: string): Location => ({
  file: 'du-lieu.xlsx',
  format: 'xlsx',
  table,
  row,
  column,
  cell,
});
const fileAt = (file: string, format: Location['format']): Location => ({ file, format });
const wholeInput = (data: string): Location => ({ file: data });

const unit = (d: Dataset, id: string) => d.units.find((u) => u.id === id);
const dossier = (d: Dataset, id: string) => d.dossiers.find((r) => r.ma_don_vi === id);
const jan25 = { year: 2026, month: 1, day: 25 };

// Base rows (test/fixtures/bad-input/base): ThongTin lines 2 tinh 15, 3 ky_bao_cao 2026-Q1,
// 9 ky_ho_ten; DonVi lines 2–4 SO-TP, SO-YT, SO-NV; HoSo lines 2–4 the same units, SO-TP
// (4) = 1000 in column D; VanBan line 2 dated 2026-01-25, line 3 dated 2026-02-10.
export const CORPUS: CorpusCase[] = [
  // Empty files
  {
    name: 'empty CSV file',
    fixture: 'empty-csv',
    code: 'FILE_EMPTY',
    at: fileAt('HoSo.csv', 'csv'),
    errors: ['FILE_EMPTY'],
    warnings: [],
  },
  {
    name: 'CSV of blank lines only (a required table)',
    fixture: 'blank-lines-only',
    code: 'FILE_EMPTY',
    at: fileAt('DonVi.csv', 'csv'),
    errors: ['FILE_EMPTY', 'MISSING_TABLE'],
    warnings: [],
  },
  {
    name: 'CSV with its header and no row: an empty table is accepted',
    fixture: 'header-only',
    code: null,
    errors: [],
    warnings: [],
    read: (d) => expect(d.dossiers).toEqual([]),
  },
  {
    name: 'empty JSON file',
    fixture: 'empty-json',
    file: 'du-lieu.json',
    code: 'FILE_EMPTY',
    at: fileAt('du-lieu.json', 'json'),
    errors: ['FILE_EMPTY'],
    warnings: [],
  },
  {
    name: 'empty .xlsx file',
    fixture: 'empty-xlsx',
    file: 'du-lieu.xlsx',
    code: 'NOT_A_WORKBOOK',
    at: fileAt('du-lieu.xlsx', 'xlsx'),
    mentions: ['rỗng'],
    errors: ['NOT_A_WORKBOOK'],
    warnings: [],
  },
  {
    name: 'workbook whose sheets are all empty',
    fixture: 'empty-sheets',
    file: 'du-lieu.xlsx',
    code: 'NO_TABLES',
    at: wholeInput,
    errors: ['NO_TABLES'],
    warnings: [],
  },
  // Sheets
  {
    name: 'sheets named "Sheet1" and "Đơn vị" instead of ThongTin and DonVi: not read, and said why',
    fixture: 'wrong-sheet-names',
    file: 'du-lieu.xlsx',
    code: 'TABLE_MISNAMED',
    at: { file: 'du-lieu.xlsx', format: 'xlsx', table: 'Đơn vị' },
    mentions: ['"Đơn vị"', '"DonVi"'],
    // "Sheet1" holds the fields of ThongTin (tinh, ky_bao_cao…): recognised by them. Neither
    // table is also reported missing.
    errors: ['TABLE_MISNAMED', 'TABLE_MISNAMED'],
    warnings: [],
  },
  // Silently wrong figures (issue 20): a table or a value that used to be read without a word
  {
    name: 'the HoSo sheet renamed "Hồ sơ": an error, not a package built without the report',
    fixture: 'sheet-renamed',
    file: 'du-lieu.xlsx',
    code: 'TABLE_MISNAMED',
    at: { file: 'du-lieu.xlsx', format: 'xlsx', table: 'Hồ sơ' },
    mentions: ['"Hồ sơ"', '"HoSo"'],
    errors: ['TABLE_MISNAMED'],
    warnings: [],
  },
  {
    name: 'HoSo.csv renamed "Bang 1.csv": recognised by its columns',
    make: (dir) => (renameSync(join(dir, 'HoSo.csv'), join(dir, 'Bang 1.csv')), dir),
    code: 'TABLE_MISNAMED',
    at: { file: 'Bang 1.csv', format: 'csv', table: 'Bang 1' },
    mentions: ['"HoSo"', 'tiep_nhan_truc_tuyen'],
    errors: ['TABLE_MISNAMED'],
    warnings: [],
  },
  {
    name: 'a workbook listing HoSo whose sheet part is missing',
    fixture: 'sheet-part-missing',
    file: 'du-lieu.xlsx',
    code: 'SHEET_PART_MISSING',
    at: { file: 'du-lieu.xlsx', format: 'xlsx', table: 'HoSo' },
    mentions: ['"HoSo"', 'xl/worksheets/sheet3.xml'],
    errors: ['SHEET_PART_MISSING'],
    warnings: [],
  },
  {
    name: 'HoSo.csv deleted from a quarterly dataset that has PAKN, CongBo and VanBan',
    make: (dir) => (rmSync(join(dir, 'HoSo.csv')), dir),
    code: 'REPORT_TABLE_MISSING',
    at: wholeInput,
    mentions: ['"HoSo"', 'PAKN, CongBo, VanBan'],
    errors: ['REPORT_TABLE_MISSING'],
    warnings: [],
  },
  {
    name: 'a copy "HoSo - Copy.csv" beside HoSo.csv: refused, never summed',
    fixture: 'copy-of-table-windows',
    code: 'STRAY_TABLE_COPY',
    at: { file: 'HoSo - Copy.csv', format: 'csv', table: 'HoSo - Copy' },
    mentions: ['"HoSo - Copy.csv"', '"HoSo"'],
    errors: ['STRAY_TABLE_COPY'],
    warnings: [],
    read: (d) => expect(dossier(d, 'SO-TP')?.tiep_nhan_truc_tuyen).toBe(1000),
  },
  {
    name: 'a second download "HoSo (1).csv" beside HoSo.csv: refused, never summed',
    fixture: 'copy-of-table-download',
    code: 'STRAY_TABLE_COPY',
    at: { file: 'HoSo (1).csv', format: 'csv', table: 'HoSo (1)' },
    mentions: ['"HoSo (1).csv"'],
    errors: ['STRAY_TABLE_COPY'],
    warnings: [],
    read: (d) => expect(dossier(d, 'SO-TP')?.tiep_nhan_truc_tuyen).toBe(1000),
  },
  {
    name: 'a copied sheet "HoSo (2)" beside HoSo: refused, never summed',
    fixture: 'sheet-copy',
    file: 'du-lieu.xlsx',
    code: 'STRAY_TABLE_COPY',
    at: { file: 'du-lieu.xlsx', format: 'xlsx', table: 'HoSo (2)' },
    mentions: ['HoSo (2)'],
    errors: ['STRAY_TABLE_COPY'],
    warnings: [],
    read: (d) => expect(dossier(d, 'SO-TP')?.tiep_nhan_truc_tuyen).toBe(1000),
  },
  {
    name: '"HoSo-cu.csv" with the very rows of HoSo.csv: not summed as a second source',
    fixture: 'same-rows-renamed',
    code: 'DUPLICATE_SOURCE',
    at: { file: 'HoSo-cu.csv', format: 'csv', table: 'HoSo-cu' },
    mentions: ['"HoSo-cu.csv"', '"HoSo.csv"', '3 dòng'],
    errors: ['DUPLICATE_SOURCE'],
    warnings: [],
    read: (d) => expect(dossier(d, 'SO-TP')?.tiep_nhan_truc_tuyen).toBe(1000),
  },
  {
    name: 'merged cells L2:L3 over two data rows (a value shown, and read, twice)',
    fixture: 'merged-data-cells',
    file: 'du-lieu.xlsx',
    code: 'MERGED_DATA_CELLS',
    at: { file: 'du-lieu.xlsx', format: 'xlsx', table: 'HoSo', row: 2, cell: 'L2:L3' },
    mentions: ['L2:L3', '"40"'],
    // Row 3 then reads 40 where SO-YT has 10: its form identity fails too.
    errors: ['MERGED_DATA_CELLS', 'EQUATION_MISMATCH'],
    warnings: [],
  },
  {
    name: 'the report date a year before its period (16/3/2025 for 2026-Q1)',
    fixture: 'report-date-year-before',
    code: 'REPORT_DATE_OUTSIDE_PERIOD',
    at: csvAt('ThongTin', 4, 'ngay_bao_cao'),
    mentions: ['16/3/2025', 'Quý I năm 2026', '15/12/2025'],
    errors: ['REPORT_DATE_OUTSIDE_PERIOD'],
    warnings: [],
  },
  {
    name: 'the report date in 2099',
    fixture: 'report-date-2099',
    code: 'REPORT_DATE_OUTSIDE_PERIOD',
    at: csvAt('ThongTin', 4, 'ngay_bao_cao'),
    mentions: ['16/3/2099', '12 tháng'],
    errors: ['REPORT_DATE_OUTSIDE_PERIOD'],
    warnings: [],
  },
  {
    name: 'the report date four months after its period: read, with a warning',
    fixture: 'report-date-late',
    code: 'REPORT_DATE_LATE',
    severity: 'warning',
    at: csvAt('ThongTin', 4, 'ngay_bao_cao'),
    mentions: ['20/7/2026', '14/3/2026'],
    errors: [],
    warnings: ['REPORT_DATE_LATE'],
  },
  {
    name: 'workbook without the DonVi sheet',
    fixture: 'missing-sheet',
    file: 'du-lieu.xlsx',
    code: 'MISSING_TABLE',
    at: wholeInput,
    mentions: ['DonVi'],
    errors: ['MISSING_TABLE'],
    warnings: [],
  },
  {
    name: 'merged header cells "Tiếp nhận" over D1:E1',
    fixture: 'merged-header',
    file: 'du-lieu.xlsx',
    code: 'MERGED_HEADER',
    at: { file: 'du-lieu.xlsx', format: 'xlsx', table: 'HoSo', row: 1, cell: 'D1:E1' },
    mentions: ['D1:E1'],
    // The sheet is not read further: no MISSING_COLUMN or DUPLICATE_COLUMN noise.
    errors: ['MERGED_HEADER'],
    warnings: [],
  },
  {
    name: 'formula cells: D2 with its saved result (read), D3 saved without one',
    fixture: 'formulas',
    file: 'du-lieu.xlsx',
    code: 'FORMULA_NO_RESULT',
    at: xlsxAt('HoSo', 3, 'tiep_nhan_truc_tuyen', 'D3'),
    mentions: ['=SUM(Z3:Z9)'],
    errors: ['FORMULA_NO_RESULT'],
    warnings: [],
    read: (d) => expect(dossier(d, 'SO-TP')?.tiep_nhan_truc_tuyen).toBe(1000),
  },
  {
    name: 'formula whose result is #DIV/0!',
    fixture: 'error-value',
    file: 'du-lieu.xlsx',
    code: 'CELL_ERROR_VALUE',
    at: xlsxAt('HoSo', 3, 'tiep_nhan_truc_tiep', 'E3'),
    mentions: ['#DIV/0!', 'Tiếp nhận trực tiếp và qua BCCI'],
    errors: ['CELL_ERROR_VALUE'],
    warnings: [],
  },
  {
    name: "the signer's name in ThongTin (B9) a formula saved without its result: not also a missing field",
    fixture: 'formula-in-fields',
    file: 'du-lieu.xlsx',
    code: 'FORMULA_NO_RESULT',
    at: xlsxAt('ThongTin', 9, 'ky_ho_ten', 'B9'),
    mentions: ['=CONCAT(Z1,Z2)'],
    errors: ['FORMULA_NO_RESULT'],
    warnings: [],
  },
  {
    name: 'the report date in ThongTin (B4) a formula whose result is #REF!: not also a missing field',
    fixture: 'error-value-in-fields',
    file: 'du-lieu.xlsx',
    code: 'CELL_ERROR_VALUE',
    at: xlsxAt('ThongTin', 4, 'ngay_bao_cao', 'B4'),
    mentions: ['#REF!', 'Ngày báo cáo'],
    errors: ['CELL_ERROR_VALUE'],
    warnings: [],
  },
  {
    name: 'a value far to the right (XFD3) of a data row',
    fixture: 'stray-far-cell',
    file: 'du-lieu.xlsx',
    code: 'EXTRA_CELLS',
    at: {
      file: 'du-lieu.xlsx',
      format: 'xlsx',
      table: 'HoSo',
      row: 3,
      column: undefined,
      cell: undefined,
    },
    mentions: ['"ghi chú"'],
    errors: ['EXTRA_CELLS'],
    warnings: [],
  },
  {
    name: 'a workbook written without the optional row and cell references: read, not "damaged"',
    fixture: 'no-cell-references',
    file: 'du-lieu.xlsx',
    code: null,
    errors: [],
    warnings: [],
    read: (d) => expect(d.meta.ky_ho_ten).toBe('Ngô Hạnh Phúc'),
  },
  {
    name: 'the base dataset as a workbook reads clean (the workbook cases differ by one fault)',
    fixture: 'xlsx-valid',
    file: 'du-lieu.xlsx',
    code: null,
    errors: [],
    warnings: [],
    read: (d) => expect(dossier(d, 'SO-TP')?.tiep_nhan_truc_tuyen).toBe(1000),
  },
  // Numbers
  {
    name: 'text "bốn mươi" in a count column',
    fixture: 'text-in-count',
    code: 'NOT_A_NUMBER',
    at: csvAt('HoSo', 3, 'tiep_nhan_truc_tuyen'),
    mentions: ['"bốn mươi"', 'Tiếp nhận trực tuyến'],
    errors: ['NOT_A_NUMBER'],
    warnings: [],
  },
  {
    name: '"1.000" with Vietnamese thousands in a CSV count: read as 1000, with a warning',
    fixture: 'vietnamese-thousands',
    code: 'NUMBER_AS_TEXT',
    severity: 'warning',
    at: csvAt('HoSo', 2, 'tiep_nhan_truc_tuyen'),
    mentions: ['"1.000"', '1000'],
    errors: [],
    warnings: ['NUMBER_AS_TEXT'],
    read: (d) => expect(dossier(d, 'SO-TP')?.tiep_nhan_truc_tuyen).toBe(1000),
  },
  {
    name: '"1.000" stored as text in a sheet cell: read as 1000, with a warning',
    fixture: 'numbers-as-text',
    file: 'du-lieu.xlsx',
    code: 'NUMBER_AS_TEXT',
    severity: 'warning',
    at: xlsxAt('HoSo', 2, 'tiep_nhan_truc_tuyen', 'D2'),
    mentions: ['"1.000"', '1000'],
    errors: [],
    warnings: ['NUMBER_AS_TEXT'],
    read: (d) => expect(dossier(d, 'SO-TP')?.tiep_nhan_truc_tuyen).toBe(1000),
  },
  {
    name: '"1,000" in a count: one in Vietnamese, a thousand in English — refused',
    fixture: 'english-thousands',
    code: 'AMBIGUOUS_NUMBER',
    at: csvAt('HoSo', 2, 'tiep_nhan_truc_tuyen'),
    mentions: ['"1,000"', '1.000', '1000'],
    errors: ['AMBIGUOUS_NUMBER'],
    warnings: [],
  },
  {
    name: 'count 99999999999 above the limit of one billion',
    fixture: 'count-too-large',
    code: 'ABOVE_MAXIMUM',
    at: csvAt('HoSo', 4, 'dang_giai_quyet_qua_han'),
    mentions: ['99999999999', '1.000.000.000'],
    errors: ['ABOVE_MAXIMUM'],
    warnings: [],
  },
  {
    name: '"1000%" in a count: a percentage is no count',
    fixture: 'percent-in-count',
    code: 'PERCENT_NOT_ALLOWED',
    at: csvAt('HoSo', 2, 'tiep_nhan_truc_tuyen'),
    mentions: ['"1000%"', 'Tiếp nhận trực tuyến'],
    errors: ['PERCENT_NOT_ALLOWED'],
    warnings: [],
  },
  {
    name: '"40 %" (a space before the sign) in a count',
    fixture: 'percent-space-in-count',
    code: 'PERCENT_NOT_ALLOWED',
    at: csvAt('HoSo', 3, 'tiep_nhan_truc_tuyen'),
    mentions: ['"40 %"'],
    errors: ['PERCENT_NOT_ALLOWED'],
    warnings: [],
  },
  {
    name: 'a count cell of the sheet formatted as a percentage, showing "1000%"',
    fixture: 'percent-format-count',
    file: 'du-lieu.xlsx',
    code: 'PERCENT_NOT_ALLOWED',
    at: xlsxAt('HoSo', 2, 'tiep_nhan_truc_tuyen', 'D2'),
    mentions: ['"1000%"'],
    errors: ['PERCENT_NOT_ALLOWED'],
    warnings: [],
  },
  {
    name: '"10 20" in a count: two numbers, not 1020',
    fixture: 'two-numbers-in-count',
    code: 'NOT_A_NUMBER',
    at: csvAt('HoSo', 2, 'tiep_nhan_truc_tuyen'),
    mentions: ['"10 20"'],
    errors: ['NOT_A_NUMBER'],
    warnings: [],
  },
  {
    name: '"1 000" with a space between thousands: read as 1000, with a warning',
    fixture: 'space-thousands',
    code: 'NUMBER_AS_TEXT',
    severity: 'warning',
    at: csvAt('HoSo', 2, 'tiep_nhan_truc_tuyen'),
    mentions: ['"1 000"', '1000'],
    errors: [],
    warnings: ['NUMBER_AS_TEXT'],
    read: (d) => expect(dossier(d, 'SO-TP')?.tiep_nhan_truc_tuyen).toBe(1000),
  },
  {
    name: "a count of 21 digits: the contract's maximum in the message, not 9.007.199.254.740.991",
    fixture: 'count-beyond-safe-integer',
    code: 'ABOVE_MAXIMUM',
    at: csvAt('HoSo', 4, 'tiep_nhan_truc_tuyen'),
    mentions: ['100000000000000000000', '1.000.000.000'],
    errors: ['ABOVE_MAXIMUM'],
    warnings: [],
  },
  {
    name: 'negative count -10',
    fixture: 'negative-count',
    code: 'NEGATIVE_NUMBER',
    at: csvAt('HoSo', 3, 'dang_giai_quyet_trong_han'),
    mentions: ['-10'],
    errors: ['NEGATIVE_NUMBER'],
    warnings: [],
  },
  // Encodings
  {
    name: 'UTF-8 byte-order mark',
    fixture: 'utf8-bom',
    code: null,
    errors: [],
    warnings: [],
    read: (d) => expect(d.province.name).toBe('Lào Cai'),
  },
  {
    name: 'BOM and ";" separators, as Excel saves CSV in a Vietnamese locale',
    fixture: 'bom-semicolons',
    code: null,
    errors: [],
    warnings: [],
    read: (d) => expect(d.units.map((u) => u.name)).toEqual(['Sở Tư pháp', 'Sở Y tế', 'Sở Nội vụ']),
  },
  {
    name: 'UTF-16 with tabs, as Excel saves "Unicode Text"',
    fixture: 'utf16-tabs',
    code: null,
    errors: [],
    warnings: [],
    read: (d) => expect(dossier(d, 'SO-YT')?.tiep_nhan_truc_tuyen).toBe(40),
  },
  {
    name: 'Windows-1258 instead of UTF-8',
    fixture: 'windows-1258',
    code: 'CSV_ENCODING',
    // Line 2 "Sở Tư pháp" holds the first byte that is not UTF-8.
    at: { file: 'DonVi.csv', format: 'csv', row: 2 },
    errors: ['CSV_ENCODING', 'MISSING_TABLE'],
    warnings: [],
  },
  {
    name: 'JSON with a byte-order mark',
    fixture: 'json-bom',
    file: 'du-lieu.json',
    code: null,
    errors: [],
    warnings: [],
    read: (d) => expect(unit(d, 'SO-TP')?.name).toBe('Sở Tư pháp'),
  },
  {
    name: 'decomposed Unicode (NFD) in a unit name: normalised, with a warning',
    fixture: 'nfd-text',
    code: 'TEXT_NORMALISED',
    severity: 'warning',
    at: { file: 'DonVi.csv', format: 'csv', table: 'DonVi' },
    mentions: ['1'],
    errors: [],
    warnings: ['TEXT_NORMALISED'],
    read: (d) => expect(unit(d, 'SO-YT')?.name).toBe('Sở Y tế'.normalize('NFC')),
  },
  {
    name: 'UTF-32 (with its byte-order mark): named, not a syntax error',
    fixture: 'utf32',
    code: 'CSV_ENCODING',
    at: { file: 'DonVi.csv', format: 'csv', row: 1 },
    mentions: ['UTF-32'],
    errors: ['CSV_ENCODING', 'MISSING_TABLE'],
    warnings: [],
  },
  {
    name: 'UTF-16 without its byte-order mark',
    fixture: 'utf16-no-bom',
    code: 'CSV_ENCODING',
    at: { file: 'DonVi.csv', format: 'csv', row: 1 },
    mentions: ['UTF-16'],
    errors: ['CSV_ENCODING', 'MISSING_TABLE'],
    warnings: [],
  },
  {
    name: 'JSON in UTF-32',
    fixture: 'json-utf32',
    file: 'du-lieu.json',
    code: 'JSON_ENCODING',
    at: { file: 'du-lieu.json', row: 1 },
    mentions: ['UTF-32'],
    errors: ['JSON_ENCODING'],
    warnings: [],
  },
  // Headers
  {
    name: 'duplicate header tiep_nhan_truc_tuyen (and so a missing column)',
    fixture: 'duplicate-header',
    code: 'DUPLICATE_COLUMN',
    at: csvAt('HoSo', 1, 'tiep_nhan_truc_tuyen'),
    mentions: ['"tiep_nhan_truc_tuyen"'],
    errors: ['DUPLICATE_COLUMN', 'MISSING_COLUMN'],
    warnings: [],
  },
  {
    name: 'one column under its Vietnamese header and again under its key',
    fixture: 'duplicate-header-key-and-title',
    code: 'DUPLICATE_COLUMN',
    at: csvAt('PAKN', 1, 'tong_tiep_nhan'),
    errors: ['DUPLICATE_COLUMN'],
    warnings: [],
  },
  {
    name: 'a header of 10,000 characters: quoted cut short',
    fixture: 'long-header',
    code: 'UNKNOWN_COLUMN',
    severity: 'warning',
    at: csvAt('PAKN', 1, `${'ghi chú '.repeat(10)}…`),
    errors: [],
    warnings: ['UNKNOWN_COLUMN'],
  },
  // Long strings
  {
    name: 'unit name of 5,609 characters',
    fixture: 'long-unit-name',
    code: 'TEXT_TOO_LONG',
    at: csvAt('DonVi', 4, 'ten'),
    mentions: ['5.609', '2.000', 'Sở Nội vụ rất dài'],
    errors: ['TEXT_TOO_LONG'],
    warnings: [],
  },
  {
    name: "signer's name of 2,104 characters: too long, and not also a missing field",
    fixture: 'signer-name-too-long',
    code: 'TEXT_TOO_LONG',
    at: csvAt('ThongTin', 9, 'ky_ho_ten'),
    mentions: ['2.104', '2.000', 'Ngô Hạnh Phúc', 'Họ tên người ký'],
    errors: ['TEXT_TOO_LONG'],
    warnings: [],
  },
  {
    name: 'a document title of 1,000,003 characters on one line (made by the test)',
    make: (dir) => {
      const file = join(dir, 'VanBan.csv');
      const text = readFileSync(file, 'utf8');
      writeFileSync(
        file,
        text.replace('về giải quyết hồ sơ quá hạn', `về ${'x'.repeat(1_000_000)}`),
      );
      return dir;
    },
    code: 'TEXT_TOO_LONG',
    at: csvAt('VanBan', 3, 'trich_yeu'),
    mentions: ['1.000.003', '2.000'],
    errors: ['TEXT_TOO_LONG'],
    warnings: [],
  },
  // Unit names and codes
  {
    name: 'unit name "Sở Nội vụ/../../etc/passwd": text, kept as written',
    fixture: 'path-like-unit-name',
    code: null,
    errors: [],
    warnings: [],
    read: (d) => expect(unit(d, 'SO-NV')?.name).toBe('Sở Nội vụ/../../etc/passwd'),
  },
  {
    name: 'unit code "../SO-NV" in DonVi and HoSo: a code, kept as written',
    fixture: 'path-like-unit-code',
    code: null,
    errors: [],
    warnings: [],
    read: (d) => expect(dossier(d, '../SO-NV')?.tiep_nhan_truc_tuyen).toBe(20),
  },
  {
    name: 'bell character U+0007 in a unit name: removed, with a warning',
    fixture: 'control-in-unit-name',
    code: 'CONTROL_CHARACTERS',
    severity: 'warning',
    at: csvAt('DonVi', 3, 'ten'),
    mentions: ['U+0007', 'Tên chính thức'],
    errors: [],
    warnings: ['CONTROL_CHARACTERS'],
    read: (d) => expect(unit(d, 'SO-YT')?.name).toBe('Sở Y tế'),
  },
  {
    name: 'NUL characters in a unit name',
    fixture: 'nul-in-unit-name',
    code: 'CONTROL_CHARACTERS',
    severity: 'warning',
    at: csvAt('DonVi', 3, 'ten'),
    mentions: ['2', 'U+0000'],
    errors: [],
    warnings: ['CONTROL_CHARACTERS'],
    read: (d) => expect(unit(d, 'SO-YT')?.name).toBe('Sở Y tế'),
  },
  {
    name: 'a unit name of control characters only (bell, escape): removed, and then the name is empty',
    fixture: 'control-only-name',
    code: 'REQUIRED_VALUE',
    at: csvAt('DonVi', 3, 'ten'),
    mentions: ['Tên chính thức'],
    errors: ['REQUIRED_VALUE'],
    warnings: ['CONTROL_CHARACTERS'],
  },
  {
    name: 'a display name of three NUL characters (optional column): removed, with a warning',
    fixture: 'control-only-display-name',
    code: 'CONTROL_CHARACTERS',
    severity: 'warning',
    at: csvAt('DonVi', 3, 'ten_hien_thi'),
    mentions: ['3', 'U+0000', 'Tên hiển thị'],
    errors: [],
    warnings: ['CONTROL_CHARACTERS'],
    read: (d) => expect(unit(d, 'SO-YT')?.displayName).toBe('Sở Y tế'),
  },
  {
    name: "terminal escape sequences around the signer's name (reported once, under the field)",
    fixture: 'escape-in-signer',
    code: 'CONTROL_CHARACTERS',
    severity: 'warning',
    at: csvAt('ThongTin', 9, 'ky_ho_ten'),
    mentions: ['U+001B'],
    errors: [],
    warnings: ['CONTROL_CHARACTERS'],
    read: (d) => expect(d.meta.ky_ho_ten).toBe('[31mNgô Hạnh Phúc[0m'),
  },
  {
    name: 'a zero-width space U+200B inside a unit name: removed, and shown as <U+200B>',
    fixture: 'zero-width-in-name',
    code: 'CONTROL_CHARACTERS',
    severity: 'warning',
    at: csvAt('DonVi', 3, 'ten'),
    mentions: ['U+200B'],
    errors: [],
    warnings: ['CONTROL_CHARACTERS'],
    read: (d) => expect(unit(d, 'SO-YT')?.name).toBe('Sở Y tế'),
  },
  {
    name: 'a right-to-left override U+202E in a unit name: refused',
    fixture: 'bidi-in-name',
    code: 'BIDI_CONTROL',
    at: csvAt('DonVi', 4, 'ten'),
    mentions: ['U+202E', 'Tên chính thức'],
    errors: ['BIDI_CONTROL'],
    warnings: [],
  },
  {
    name: 'commune code 2908 that lost its leading zero in Excel',
    fixture: 'code-without-leading-zero',
    code: 'UNIT_CODE_LEADING_ZERO',
    at: csvAt('DonVi', 5, 'ma_don_vi'),
    mentions: ['"2908"', '"02908"', 'Xã Tằng Loỏng'],
    errors: ['UNIT_CODE_LEADING_ZERO'],
    // The other communes of Lào Cai are not listed in this small DonVi.
    warnings: ['COMMUNES_MISSING'],
  },
  // Dates
  {
    name: 'date as the Excel serial 46047 written as text',
    fixture: 'date-serial-text',
    code: 'DATE_AS_SERIAL',
    severity: 'warning',
    at: csvAt('VanBan', 2, 'ngay'),
    mentions: ['46047', '25/01/2026'],
    errors: [],
    warnings: ['DATE_AS_SERIAL'],
    read: (d) => expect(d.documents[0]?.ngay).toEqual(jan25),
  },
  {
    name: 'date as the Excel serial 46047 in a number cell',
    fixture: 'date-serial-cell',
    file: 'du-lieu.xlsx',
    code: 'DATE_AS_SERIAL',
    severity: 'warning',
    at: xlsxAt('VanBan', 2, 'ngay', 'C2'),
    mentions: ['46047', '25/01/2026'],
    errors: [],
    warnings: ['DATE_AS_SERIAL'],
    read: (d) => expect(d.documents[0]?.ngay).toEqual(jan25),
  },
  {
    name: 'date with a time of day "25/01/2026 08:30"',
    fixture: 'date-with-time',
    code: null,
    errors: [],
    warnings: [],
    read: (d) => expect(d.documents[0]?.ngay).toEqual(jan25),
  },
  {
    name: 'ISO date-time "2026-01-25T00:00:00.000Z"',
    fixture: 'date-iso-datetime',
    code: null,
    errors: [],
    warnings: [],
    read: (d) => expect(d.documents[0]?.ngay).toEqual(jan25),
  },
  {
    name: 'ISO date-time "2026-01-24T17:00:00.000Z" (midnight of 25/01 in Vietnam, as JavaScript writes it)',
    fixture: 'date-iso-utc-evening',
    code: null,
    errors: [],
    warnings: [],
    read: (d) => expect(d.documents[0]?.ngay).toEqual(jan25),
  },
  {
    name: 'date "25.01.2026" with dots',
    fixture: 'date-dots',
    code: 'INVALID_DATE',
    at: csvAt('VanBan', 2, 'ngay'),
    mentions: ['"25.01.2026"', '25/01/2026'],
    errors: ['INVALID_DATE'],
    warnings: [],
  },
  {
    name: 'date in US order "01/25/2026"',
    fixture: 'date-us-order',
    code: 'INVALID_DATE',
    at: csvAt('VanBan', 2, 'ngay'),
    mentions: ['"01/25/2026"'],
    errors: ['INVALID_DATE'],
    warnings: [],
  },
  {
    name: 'date with a two-digit year "25/01/26"',
    fixture: 'date-two-digit-year',
    code: 'INVALID_DATE',
    at: csvAt('VanBan', 2, 'ngay'),
    mentions: ['"25/01/26"'],
    errors: ['INVALID_DATE'],
    warnings: [],
  },
  {
    name: 'impossible date "30/02/2026"',
    fixture: 'date-impossible',
    code: 'INVALID_DATE',
    at: csvAt('VanBan', 3, 'ngay'),
    mentions: ['"30/02/2026"'],
    errors: ['INVALID_DATE'],
    warnings: [],
  },
  {
    name: 'a date of the year 0026: refused, never echoed as "25/01/26"',
    fixture: 'date-year-0026',
    code: 'INVALID_DATE',
    at: csvAt('VanBan', 2, 'ngay'),
    mentions: ['"0026-01-25"'],
    errors: ['INVALID_DATE'],
    warnings: [],
  },
  {
    name: 'a date cell in the column of document numbers: the date as the sheet shows it',
    fixture: 'date-in-text-column',
    file: 'du-lieu.xlsx',
    code: null,
    errors: [],
    warnings: [],
    read: (d) => expect(d.documents[0]?.so_ky_hieu).toBe('25/01/2026'),
  },
  // Another province or period
  {
    name: 'a directive of the previous year (10/02/2025) in a 2026-Q1 dataset',
    fixture: 'date-previous-year',
    code: 'DATE_OUTSIDE_PERIOD',
    at: csvAt('VanBan', 3, 'ngay'),
    mentions: ['10/02/2025', '15/12/2025', '14/3/2026'],
    errors: ['DATE_OUTSIDE_PERIOD'],
    warnings: [],
  },
  {
    name: "ThongTin says Lào Cai, the communes are Lai Châu's: one error, not one per commune",
    fixture: 'communes-of-other-province',
    code: 'COMMUNES_OF_OTHER_PROVINCE',
    at: csvAt('ThongTin', 2, 'tinh'),
    mentions: ['Lai Châu', 'Lào Cai', '3/3'],
    errors: ['COMMUNES_OF_OTHER_PROVINCE'],
    warnings: [],
  },
  {
    name: 'folder "lai-chau-2026-q1" holding Lào Cai\'s dataset',
    folder: 'lai-chau-2026-q1',
    code: 'SOURCE_NAME_MISMATCH',
    severity: 'warning',
    at: { file: 'lai-chau-2026-q1' },
    mentions: ['"lai-chau-2026-q1"', 'Lai Châu, Quý I năm 2026', 'Lào Cai, Quý I năm 2026'],
    errors: [],
    warnings: ['SOURCE_NAME_MISMATCH'],
  },
  {
    name: 'folder "lao-cai-2026-q2" holding the 2026-Q1 dataset',
    folder: 'lao-cai-2026-q2',
    code: 'SOURCE_NAME_MISMATCH',
    severity: 'warning',
    at: { file: 'lao-cai-2026-q2' },
    mentions: ['Quý II năm 2026', 'Quý I năm 2026'],
    errors: [],
    warnings: ['SOURCE_NAME_MISMATCH'],
  },
  {
    name: 'asked for --period 2026-Q2, the dataset is of 2026-Q1',
    asked: { period: '2026-Q2' },
    code: 'PERIOD_NOT_AS_ASKED',
    at: csvAt('ThongTin', 3, 'ky_bao_cao'),
    mentions: ['Quý I năm 2026', 'Quý II năm 2026'],
    errors: ['PERIOD_NOT_AS_ASKED'],
    warnings: [],
  },
  {
    name: 'asked for --province 12 (Lai Châu), the dataset is of Lào Cai',
    asked: { province: '12' },
    code: 'PROVINCE_NOT_AS_ASKED',
    at: csvAt('ThongTin', 2, 'tinh'),
    mentions: ['Lào Cai', 'Lai Châu'],
    errors: ['PROVINCE_NOT_AS_ASKED'],
    warnings: [],
  },
  {
    name: 'period written "Quý I/2026"',
    fixture: 'period-typed-in-words',
    code: 'INVALID_PERIOD',
    at: csvAt('ThongTin', 3, 'ky_bao_cao'),
    mentions: ['"Quý I/2026"', '2026-Q1'],
    errors: ['INVALID_PERIOD'],
    warnings: [],
  },
  // CSV syntax
  {
    name: 'quote opened on line 3 and never closed',
    fixture: 'unclosed-quote',
    code: 'CSV_SYNTAX',
    at: { file: 'VanBan.csv', format: 'csv', row: 3 },
    mentions: ['ngoặc kép'],
    errors: ['CSV_SYNTAX'],
    warnings: [],
  },
  {
    name: 'quotes inside an unquoted cell: part of the text',
    fixture: 'quotes-inside-cell',
    code: null,
    errors: [],
    warnings: [],
    read: (d) => expect(d.documents[0]?.trich_yeu).toBe('về rà soát TTHC "một cửa" năm 2026'),
  },
  {
    name: 'text after a closing quote: part of the text',
    fixture: 'text-after-closing-quote',
    code: null,
    errors: [],
    warnings: [],
    read: (d) => expect(d.documents[0]?.trich_yeu).toBe('"về rà soát" TTHC năm 2026'),
  },
  {
    name: 'a comma in an unquoted title shifts the row',
    fixture: 'unquoted-comma',
    code: 'EXTRA_CELLS',
    at: { ...csvAt('VanBan', 2), column: undefined, cell: undefined },
    mentions: ['"chi_dao"'],
    errors: ['EXTRA_CELLS', 'INVALID_CHOICE'],
    warnings: [],
  },
  {
    name: 'the header separated by "," and the rows by ";": one error, not a row of empty cells',
    fixture: 'separator-mix',
    code: 'CSV_SEPARATOR_MIX',
    at: { file: 'HoSo.csv', format: 'csv', row: 2 },
    mentions: ['","', '";"', '3 dòng'],
    errors: ['CSV_SEPARATOR_MIX'],
    warnings: [],
  },
  // JSON
  {
    name: 'JSON with a comma after its last record (line 14)',
    fixture: 'json-trailing-comma',
    file: 'du-lieu.json',
    code: 'JSON_SYNTAX',
    // The comma is the 6th character of line 14 ("    },"): a line of the text, not a record.
    at: { file: 'du-lieu.json', row: 14 },
    mentions: ['dấu "," thừa trước "]"', 'ký tự thứ 6'],
    errors: ['JSON_SYNTAX'],
    warnings: [],
  },
  {
    name: 'JSON in Windows-1258: the first byte that is not UTF-8 ("PHÓ") is on line 6',
    fixture: 'json-windows-1258',
    file: 'du-lieu.json',
    code: 'JSON_ENCODING',
    at: { file: 'du-lieu.json', row: 6 },
    mentions: ['UTF-8', '.xlsx'],
    errors: ['JSON_ENCODING'],
    warnings: [],
  },
  {
    name: 'JSON array instead of an object of tables',
    fixture: 'json-array',
    file: 'du-lieu.json',
    code: 'JSON_SHAPE',
    at: fileAt('du-lieu.json', 'json'),
    errors: ['JSON_SHAPE'],
    warnings: [],
  },
  {
    name: 'JSON table given as a string',
    fixture: 'json-table-not-array',
    file: 'du-lieu.json',
    code: 'JSON_SHAPE',
    at: { file: 'du-lieu.json', format: 'json', table: 'DonVi' },
    mentions: ['"DonVi"'],
    errors: ['JSON_SHAPE', 'MISSING_TABLE', 'MISSING_FIELD', 'MISSING_FIELD', 'MISSING_FIELD'],
    warnings: [],
  },
  {
    name: 'JSON keys "__proto__" and "constructor" as tables, fields, columns and unit codes',
    fixture: 'json-prototype-keys',
    file: 'du-lieu.json',
    code: 'UNKNOWN_TABLE',
    severity: 'warning',
    at: { file: 'du-lieu.json', format: 'json', table: '__proto__' },
    errors: [],
    warnings: ['UNKNOWN_TABLE', 'UNKNOWN_TABLE', 'UNKNOWN_FIELD', 'UNKNOWN_COLUMN'],
    read: (d) => {
      expect(d.province.name).toBe('Lào Cai');
      expect(dossier(d, 'constructor')?.tiep_nhan_truc_tuyen).toBe(1);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  },
  {
    name: 'JSON with the table "HoSo" written twice: the first is not silently dropped',
    fixture: 'json-duplicate-table',
    file: 'du-lieu.json',
    code: 'JSON_DUPLICATE_KEY',
    at: { file: 'du-lieu.json', format: 'json', table: 'HoSo' },
    mentions: ['"HoSo"', 'dòng 4 và dòng 7'],
    errors: ['JSON_DUPLICATE_KEY'],
    warnings: [],
  },
  {
    name: 'JSON record with tiep_nhan_truc_tuyen written twice',
    fixture: 'json-duplicate-field',
    file: 'du-lieu.json',
    code: 'JSON_DUPLICATE_KEY',
    at: {
      file: 'du-lieu.json',
      format: 'json',
      table: 'HoSo',
      row: 1,
      column: 'tiep_nhan_truc_tuyen',
    },
    mentions: ['"tiep_nhan_truc_tuyen"', 'dòng 7 và dòng 9'],
    // JSON.parse kept the second value (50), which breaks the record's form identity.
    errors: ['JSON_DUPLICATE_KEY', 'EQUATION_MISMATCH'],
    warnings: [],
  },
  {
    name: 'JSON cell holding an object: an error, never its JSON text in a document',
    fixture: 'json-object-in-cell',
    file: 'du-lieu.json',
    code: 'JSON_NESTED_VALUE',
    at: {
      file: 'du-lieu.json',
      format: 'json',
      table: 'DonVi',
      row: 1,
      column: 'ten',
      cell: undefined,
    },
    mentions: ['{…}', 'Tên chính thức'],
    errors: ['JSON_NESTED_VALUE'],
    warnings: [],
  },
  {
    name: 'JSON count holding a list [60, 40]',
    fixture: 'json-array-in-cell',
    file: 'du-lieu.json',
    code: 'JSON_NESTED_VALUE',
    at: {
      file: 'du-lieu.json',
      format: 'json',
      table: 'HoSo',
      row: 0,
      column: 'tiep_nhan_truc_tuyen',
      cell: undefined,
    },
    mentions: ['[…]'],
    errors: ['JSON_NESTED_VALUE'],
    warnings: [],
  },
  // Files that are not what their name says
  {
    name: 'a CSV file named .xlsx',
    fixture: 'text-named-xlsx',
    file: 'du-lieu.xlsx',
    code: 'NOT_A_WORKBOOK',
    at: fileAt('du-lieu.xlsx', 'xlsx'),
    mentions: ['CSV'],
    errors: ['NOT_A_WORKBOOK'],
    warnings: [],
  },
  {
    name: 'a Word-like zip named .xlsx',
    fixture: 'docx-named-xlsx',
    file: 'du-lieu.xlsx',
    code: 'NOT_A_WORKBOOK',
    at: fileAt('du-lieu.xlsx', 'xlsx'),
    mentions: ['Word'],
    errors: ['NOT_A_WORKBOOK'],
    warnings: [],
  },
  {
    name: 'a workbook cut short (download interrupted)',
    fixture: 'truncated-xlsx',
    file: 'du-lieu.xlsx',
    code: 'NOT_A_WORKBOOK',
    at: fileAt('du-lieu.xlsx', 'xlsx'),
    mentions: ['hỏng'],
    errors: ['NOT_A_WORKBOOK'],
    warnings: [],
  },
  {
    name: 'an Excel 97–2003 (or password-protected) file named .xlsx',
    fixture: 'ole2-named-xlsx',
    file: 'du-lieu.xlsx',
    code: 'WORKBOOK_LEGACY',
    at: fileAt('du-lieu.xlsx', 'xlsx'),
    mentions: ['.xls', '.xlsx'],
    errors: ['WORKBOOK_LEGACY'],
    warnings: [],
  },
  {
    name: 'an .xls file',
    fixture: 'legacy-xls',
    file: 'du-lieu.xls',
    code: 'WORKBOOK_LEGACY',
    at: fileAt('du-lieu.xls', 'xlsx'),
    errors: ['WORKBOOK_LEGACY'],
    warnings: [],
  },
  // Links and special files in the folder, made by the test
  {
    name: 'DonVi.csv a symbolic link to the file kept elsewhere: read through the link',
    make: (dir) => {
      const real = join(dir, '..', 'DonVi-that.csv');
      renameSync(join(dir, 'DonVi.csv'), real);
      symlinkSync(real, join(dir, 'DonVi.csv'));
      return dir;
    },
    code: null,
    errors: [],
    warnings: [],
    read: (d) => expect(unit(d, 'SO-TP')?.name).toBe('Sở Tư pháp'),
  },
  {
    name: 'PAKN.csv a link to a file that is gone',
    make: (dir) => {
      rmSync(join(dir, 'PAKN.csv'));
      symlinkSync(join(dir, '..', 'khong-con.csv'), join(dir, 'PAKN.csv'));
      return dir;
    },
    code: 'FILE_UNREADABLE',
    at: fileAt('PAKN.csv', 'csv'),
    mentions: ['ENOENT'],
    errors: ['FILE_UNREADABLE'],
    warnings: [],
  },
  {
    name: 'a named pipe called PAKN.csv: refused, never waited on',
    make: (dir) => {
      rmSync(join(dir, 'PAKN.csv'));
      execFileSync('mkfifo', [join(dir, 'PAKN.csv')]);
      return dir;
    },
    code: 'FILE_UNREADABLE',
    at: fileAt('PAKN.csv', 'csv'),
    errors: ['FILE_UNREADABLE'],
    warnings: [],
  },
  // Large and hostile inputs, made by the test
  {
    name: 'a HoSo table of 100,000 rows with one bad cell on its last line',
    make: (dir) => (hundredThousandRows(dir, 100_001), dir),
    code: 'NOT_A_NUMBER',
    at: csvAt('HoSo', 100_001, 'tiep_nhan_truc_tuyen'),
    mentions: ['"mười"'],
    errors: ['NOT_A_NUMBER'],
    warnings: [],
  },
  {
    name: 'a document title of 40 MB in one quoted cell: stopped at the line, never read whole',
    make: (dir) => {
      const file = join(dir, 'VanBan.csv');
      const lines = readFileSync(file, 'utf8').split('\n');
      writeFileSync(file, `${lines.slice(0, 2).join('\n')}\ncong_van,1/UBND,2026-02-10,"`);
      // Zeros on the disk without writing them: a sparse file, 40 MB long.
      truncateSync(file, statSync(file).size + 40 * 1024 * 1024);
      appendFileSync(file, '",chi_dao\n');
      return dir;
    },
    code: 'CSV_LINE_TOO_LONG',
    at: { file: 'VanBan.csv', format: 'csv', row: 3 },
    mentions: ['1 MB'],
    errors: ['CSV_LINE_TOO_LONG'],
    warnings: [],
  },
  {
    name: 'a CSV file of 49 MB, under the limit, that is one quote never closed',
    make: (dir) => {
      const file = join(dir, 'HoSo.csv');
      const header = readFileSync(file, 'utf8').split('\n')[0]!;
      writeFileSync(file, `${header}\nSO-TP,"`);
      truncateSync(file, 49 * 1024 * 1024);
      return dir;
    },
    code: 'CSV_LINE_TOO_LONG',
    at: { file: 'HoSo.csv', format: 'csv', row: 2 },
    errors: ['CSV_LINE_TOO_LONG'],
    warnings: [],
  },
  {
    name: 'a CSV file of 195 MB (one quote never closed): over the limit, never read',
    make: (dir) => {
      const file = join(dir, 'HoSo.csv');
      const header = readFileSync(file, 'utf8').split('\n')[0]!;
      writeFileSync(file, `${header}\nSO-TP,"`);
      truncateSync(file, 195 * 1024 * 1024);
      return dir;
    },
    code: 'FILE_TOO_LARGE',
    at: fileAt('HoSo.csv', 'csv'),
    mentions: ['195 MB', '50 MB'],
    errors: ['FILE_TOO_LARGE'],
    warnings: [],
  },
  {
    name: 'a line of 100,000 commas after a row of DonVi',
    make: (dir) => {
      appendFileSync(
        join(dir, 'DonVi.csv'),
        `SO-XD,co_quan,Sở Xây dựng,,so_nganh${','.repeat(100_000)}x\n`,
      );
      return dir;
    },
    code: 'EXTRA_CELLS',
    at: { ...csvAt('DonVi', 5), column: undefined, cell: undefined },
    errors: ['EXTRA_CELLS'],
    warnings: [],
  },
  {
    name: 'a HoSo table of 200,001 rows, over the limit of rows',
    make: (dir) => {
      const file = join(dir, 'HoSo.csv');
      const [header, row] = readFileSync(file, 'utf8').split('\n');
      writeFileSync(file, `${header}\n${`${row}\n`.repeat(200_001)}`);
      return dir;
    },
    code: 'TOO_MANY_ROWS',
    at: fileAt('HoSo.csv', 'csv'),
    mentions: ['200.000'],
    errors: ['TOO_MANY_ROWS'],
    warnings: [],
  },
  {
    name: 'a CSV file of 51 MB',
    make: (dir) => {
      truncateSync(join(dir, 'HoSo.csv'), 51 * 1024 * 1024);
      return dir;
    },
    code: 'FILE_TOO_LARGE',
    at: fileAt('HoSo.csv', 'csv'),
    mentions: ['51 MB', '50 MB'],
    errors: ['FILE_TOO_LARGE'],
    warnings: [],
  },
  {
    name: 'zip bomb: 20 MB packed a thousand times',
    make: (dir) => writeInput(dir, 'du-lieu.xlsx', ratioBomb(readFileSync(VALID_WORKBOOK))),
    code: 'WORKBOOK_LIMIT',
    at: fileAt('du-lieu.xlsx', 'xlsx'),
    mentions: ['tỷ lệ nén', 'xl/media/padding.xml', '250'],
    errors: ['WORKBOOK_LIMIT'],
    warnings: [],
  },
  {
    name: 'zip bomb declaring 1 kB for 20 MB',
    make: (dir) => writeInput(dir, 'du-lieu.xlsx', lyingBomb(readFileSync(VALID_WORKBOOK))),
    code: 'WORKBOOK_LIMIT',
    at: fileAt('du-lieu.xlsx', 'xlsx'),
    mentions: ['dung lượng thật', 'xl/media/padding.xml'],
    errors: ['WORKBOOK_LIMIT'],
    warnings: [],
  },
  {
    name: 'zip entry declaring 400 MB',
    make: (dir) => writeInput(dir, 'du-lieu.xlsx', hugeDeclaredEntry(readFileSync(VALID_WORKBOOK))),
    code: 'WORKBOOK_LIMIT',
    at: fileAt('du-lieu.xlsx', 'xlsx'),
    mentions: ['400 MB', '100 MB'],
    errors: ['WORKBOOK_LIMIT'],
    warnings: [],
  },
  {
    name: 'a workbook of 31 MB of XML, within the zip limits: more than is parsed within 1 GB',
    make: (dir) => writeInput(dir, 'du-lieu.xlsx', xmlHeavy(readFileSync(VALID_WORKBOOK))),
    code: 'WORKBOOK_TOO_BIG',
    at: fileAt('du-lieu.xlsx', 'xlsx'),
    // 31 MB of padding and the workbook's own XML, said rounded up.
    mentions: ['32 MB', '30 MB'],
    errors: ['WORKBOOK_TOO_BIG'],
    warnings: [],
  },
  {
    name: 'zip of more than 10,000 entries',
    make: (dir) => writeInput(dir, 'du-lieu.xlsx', manyEntries(readFileSync(VALID_WORKBOOK))),
    code: 'WORKBOOK_LIMIT',
    at: fileAt('du-lieu.xlsx', 'xlsx'),
    mentions: ['số tệp con', '10.000'],
    errors: ['WORKBOOK_LIMIT'],
    warnings: [],
  },
];

function writeInput(dir: string, file: string, bytes: Buffer): string {
  writeFileSync(join(dir, file), bytes);
  return join(dir, file);
}

/** The --data path of a case: the fixture file itself, or base + fixture in a fresh folder. */
/** The --data path of a case: its fixture laid over base/, or its file read alone. */
export function prepareCase(c: CorpusCase): string {
  if (c.fixture && c.file) return join(FIXTURES, c.fixture, c.file);
  const dir = join(tempFolder('tthc-corpus-'), c.folder ?? 'du-lieu');
  mkdirSync(dir);
  cpSync(BASE, dir, { recursive: true });
  if (c.fixture) cpSync(join(FIXTURES, c.fixture), dir, { recursive: true });
  return c.make ? c.make(dir) : dir;
}
