/**
 * One targeted mistake in a copy of a sample dataset, and the issue it must raise: code,
 * severity, location (CSV line with header = 1, column key) and the values its message
 * names. Every expected value is worked out by hand from the rules and the sample rows
 * (checked first, under "the sample rows the cases edit").
 */
import { buildModel } from '../../src/compute/build-model';
import type { Severity } from '../../src/issues/entry';
import type { Location } from '../../src/issues/location';
import type { IssueCode } from '../../src/issues/messages';
import { codesOf, csvAt, mentioning } from '../helpers/issues';
import {
  addColumn,
  cellOf,
  copySample,
  deleteColumn,
  deleteDataFile,
  removeTempFolders,
  SAMPLES,
  setCell,
  setLine,
  validatePath,
  writeDataFile,
  type SampleName,
} from '../helpers/sample-copy';

afterAll(removeTempFolders);

const Q1_RANGE = 'từ ngày 15/12/2025 đến ngày 14/3/2026';

describe('sample datasets as shipped', () => {
  test('lao-cai-2026-q1 has no error and no warning', async () => {
    const { dataset, issues } = await validatePath(SAMPLES.q1);
    expect(issues).toEqual([]);
    expect(dataset).not.toBeNull();
  });

  test('lao-cai-766-2025-08 has exactly one warning: the seed total 82,16 ≠ 82,19', async () => {
    const { dataset, issues } = await validatePath(SAMPLES['766']);
    expect(dataset).not.toBeNull();
    expect(issues).toEqual([
      {
        code: 'TOTAL_SCORE_MISMATCH',
        severity: 'warning',
        message: mentioning('82,16', '82,19'),
        location: csvAt('ChiSo766', 118, 'tong_diem'),
      },
    ]);
  });
});

// The cases below are computed from these cells; if a sample is regenerated differently,
// this table fails first and says which expectation has to be worked out again.
describe('the sample rows the cases edit', () => {
  test.each<[SampleName, string, number, string, string]>([
    ['q1', 'HoSo.csv', 2, 'ma_don_vi', 'SO-NNMT'],
    ['q1', 'HoSo.csv', 2, 'tong_tiep_nhan', ''],
    ['q1', 'HoSo.csv', 2, 'tiep_nhan_truc_tuyen', '15206'],
    ['q1', 'HoSo.csv', 2, 'tiep_nhan_truc_tiep', '1677'],
    ['q1', 'HoSo.csv', 2, 'ky_truoc_chuyen_sang', '2301'],
    ['q1', 'HoSo.csv', 2, 'giai_quyet_truoc_han', '13136'],
    ['q1', 'HoSo.csv', 2, 'giai_quyet_dung_han', '3413'],
    ['q1', 'HoSo.csv', 2, 'giai_quyet_qua_han', '409'],
    ['q1', 'HoSo.csv', 2, 'dang_giai_quyet_trong_han', '2123'],
    ['q1', 'HoSo.csv', 2, 'dang_giai_quyet_qua_han', '103'],
    ['q1', 'HoSo.csv', 3, 'ma_don_vi', 'SO-CT'],
    ['q1', 'HoSo.csv', 4, 'ma_don_vi', 'SO-TP'],
    ['q1', 'HoSo.csv', 66, 'ma_don_vi', '02908'],
    ['q1', 'DonVi.csv', 2, 'ma_don_vi', 'SO-NNMT'],
    ['q1', 'DonVi.csv', 2, 'ten', 'Sở Nông nghiệp và Môi trường'],
    ['q1', 'DonVi.csv', 3, 'ma_don_vi', 'SO-CT'],
    ['q1', 'DonVi.csv', 4, 'ten', 'Sở Tư pháp'],
    ['q1', 'DonVi.csv', 66, 'ma_don_vi', '02908'],
    ['q1', 'DonVi.csv', 66, 'ten', 'Xã Tằng Loỏng'],
    ['q1', 'PAKN.csv', 2, 'linh_vuc', 'Đất đai'],
    ['q1', 'PAKN.csv', 2, 'da_xu_ly_dung_han', '29'],
    ['q1', 'PAKN.csv', 2, 'da_xu_ly_qua_han', '0'],
    ['q1', 'PAKN.csv', 2, 'da_cong_khai', '29'],
    ['q1', 'PAKN.csv', 3, 'da_xu_ly_dung_han', '11'],
    ['q1', 'PAKN.csv', 3, 'da_xu_ly_qua_han', '0'],
    ['q1', 'VanBan.csv', 2, 'nhom', 'chi_dao'],
    ['q1', 'VanBan.csv', 6, 'so_ky_hieu', '1072/UBND-HCC'],
    ['q1', 'CongBo.csv', 2, 'so_quyet_dinh', '2365/QĐ-UBND'],
    ['q1', 'TTHCNoiBo.csv', 2, 'so_ky_hieu', '05/QĐ-UBND'],
    ['q1', 'ThongTin.csv', 2, 'truong', 'tinh'],
    ['q1', 'ThongTin.csv', 3, 'truong', 'ky_bao_cao'],
    ['766', 'ChiSo766.csv', 2, 'ma_don_vi', 'TINH'],
    ['766', 'ChiSo766.csv', 3, 'ma_don_vi', 'SO-NNMT'],
    ['766', 'ChiSo766.csv', 3, 'ngay', '2025-07-31'],
    ['766', 'ChiSo766.csv', 4, 'xep_hang', '15'],
    ['766', 'ChiSo766.csv', 5, 'ma_don_vi', 'SO-TP'],
    ['766', 'ChiSo766.csv', 5, 'xep_hang', '16'],
    ['766', 'ChiTieuDonVi.csv', 2, 'ma_don_vi', 'SO-NNMT'],
  ])('%s %s line %i %s = %j', (sample, file, line, column, value) => {
    expect(cellOf(SAMPLES[sample], file, line, column)).toBe(value);
  });
});

interface BadCase {
  readonly name: string;
  readonly sample: SampleName;
  readonly edit: (dir: string) => void;
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly at: Location | ((dir: string) => Location);
  /** Values the message must name. */
  readonly mentions: readonly string[];
  /** Every error (and then every warning) of the edited dataset, in any order. */
  readonly errors: readonly IssueCode[];
  readonly warnings: readonly IssueCode[];
}

/** A further source of HoSo with fewer columns in another order: 125 = 115 + 10. */
const SECOND_HOSO_SOURCE = [
  'ma_don_vi,tiep_nhan_truc_tuyen,tiep_nhan_truc_tiep,ky_truoc_chuyen_sang,giai_quyet_truoc_han,giai_quyet_dung_han,giai_quyet_qua_han,dang_giai_quyet_trong_han,dang_giai_quyet_qua_han',
  'SO-NNMT,100,20,5,90,20,5,8,2',
  '',
].join('\n');

// HoSo line 2 (SO-NNMT): (4)+(5)+(6) = 15206 + 1677 + 2301 = 19184;
// (7) = 13136 + 3413 + 409 = 16958, (11) = 2123 + 103 = 2226, (7)+(11) = 19184.
const CASES: BadCase[] = [
  // Cells
  {
    name: 'text in a count column',
    sample: 'q1',
    edit: (d) => setCell(d, 'HoSo.csv', 2, 'tiep_nhan_truc_tuyen', 'nhiều'),
    code: 'NOT_A_NUMBER',
    severity: 'error',
    at: csvAt('HoSo', 2, 'tiep_nhan_truc_tuyen'),
    mentions: ['nhiều', 'Tiếp nhận trực tuyến'],
    errors: ['NOT_A_NUMBER'],
    warnings: [],
  },
  {
    name: 'negative count',
    sample: 'q1',
    edit: (d) => setCell(d, 'HoSo.csv', 2, 'giai_quyet_qua_han', '-5'),
    code: 'NEGATIVE_NUMBER',
    severity: 'error',
    at: csvAt('HoSo', 2, 'giai_quyet_qua_han'),
    mentions: ['-5', 'Đã giải quyết quá hạn'],
    errors: ['NEGATIVE_NUMBER'],
    warnings: [],
  },
  {
    name: 'fractional count 3.5',
    sample: 'q1',
    edit: (d) => setCell(d, 'HoSo.csv', 2, 'dang_giai_quyet_qua_han', '3.5'),
    code: 'FRACTIONAL_COUNT',
    severity: 'error',
    at: csvAt('HoSo', 2, 'dang_giai_quyet_qua_han'),
    mentions: ['3.5'],
    errors: ['FRACTIONAL_COUNT'],
    warnings: [],
  },
  {
    // Blank = 0 for counts (the declared policy): 15206 + 0 + 2301 = 17507 received, against
    // (7) + (11) = (13136 + 3413 + 409) + (2123 + 103) = 19184 handled and pending.
    name: 'blank count reads 0, so the row no longer adds up',
    sample: 'q1',
    edit: (d) => setCell(d, 'HoSo.csv', 2, 'tiep_nhan_truc_tiep', ''),
    code: 'EQUATION_MISMATCH',
    severity: 'error',
    at: csvAt('HoSo', 2, 'tong_tiep_nhan'),
    mentions: ['17.507', '19.184'],
    errors: ['EQUATION_MISMATCH'],
    warnings: [],
  },
  {
    name: 'a row with its unit and no figure is skipped with a warning, not read as zeros',
    sample: 'q1',
    edit: (d) => setLine(d, 'HoSo.csv', 3, ['SO-CT', ...Array<string>(12).fill('')]),
    code: 'BLANK_ROWS_SKIPPED',
    severity: 'warning',
    at: csvAt('HoSo', 3),
    mentions: ['1 dòng', 'dòng 3'],
    errors: [],
    warnings: ['BLANK_ROWS_SKIPPED'],
  },
  {
    name: 'blank rank: a rank is no count, blank is not 0',
    sample: '766',
    edit: (d) => setCell(d, 'ChiSo766.csv', 4, 'xep_hang', ''),
    // Only the province's row may leave its rank blank (issue 14); an agency's is an error.
    code: 'INDEX_RANK_MISSING',
    severity: 'error',
    at: csvAt('ChiSo766', 4, 'xep_hang'),
    mentions: ['SO-CT', 'xếp hạng'],
    // The unit without a rank leaves rank 15 out of its group's sequence.
    errors: ['INDEX_RANK_MISSING', 'RANK_NOT_SEQUENCE'],
    warnings: ['TOTAL_SCORE_MISMATCH'],
  },
  {
    name: 'impossible date "0/02/2026" (as seed 003 prints it)',
    sample: 'q1',
    edit: (d) => setCell(d, 'VanBan.csv', 6, 'ngay', '0/02/2026'),
    code: 'INVALID_DATE',
    severity: 'error',
    at: csvAt('VanBan', 6, 'ngay'),
    mentions: ['0/02/2026'],
    errors: ['INVALID_DATE'],
    warnings: [],
  },
  {
    name: 'unknown unit kind',
    sample: 'q1',
    edit: (d) => setCell(d, 'DonVi.csv', 2, 'loai', 'so'),
    code: 'INVALID_CHOICE',
    severity: 'error',
    at: csvAt('DonVi', 2, 'loai'),
    // The rejected unit is still known: its HoSo row raises no UNKNOWN_UNIT.
    mentions: ['"so"', 'co_quan'],
    errors: ['INVALID_CHOICE'],
    warnings: [],
  },
  {
    name: 'group score 19 above its maximum 18',
    sample: '766',
    edit: (d) => setCell(d, 'ChiSo766.csv', 2, 'cong_khai_minh_bach', '19'),
    code: 'ABOVE_MAXIMUM',
    severity: 'error',
    at: csvAt('ChiSo766', 2, 'cong_khai_minh_bach'),
    mentions: ['19', '18'],
    errors: ['ABOVE_MAXIMUM'],
    warnings: ['TOTAL_SCORE_MISMATCH'],
  },
  // Dates in the period 15/12/2025–14/3/2026
  {
    name: 'directive document (chi_dao) dated after the period',
    sample: 'q1',
    edit: (d) => setCell(d, 'VanBan.csv', 2, 'ngay', '15/3/2026'),
    code: 'DATE_OUTSIDE_PERIOD',
    severity: 'error',
    at: csvAt('VanBan', 2, 'ngay'),
    mentions: ['15/3/2026', Q1_RANGE],
    errors: ['DATE_OUTSIDE_PERIOD'],
    warnings: [],
  },
  {
    name: 'publication decision dated before the period',
    sample: 'q1',
    edit: (d) => setCell(d, 'CongBo.csv', 2, 'ngay_quyet_dinh', '2025-12-14'),
    code: 'DATE_OUTSIDE_PERIOD',
    severity: 'error',
    at: csvAt('CongBo', 2, 'ngay_quyet_dinh'),
    mentions: ['14/12/2025', Q1_RANGE],
    errors: ['DATE_OUTSIDE_PERIOD'],
    warnings: [],
  },
  {
    name: 'internal-TTHC decision dated in the next year',
    sample: 'q1',
    edit: (d) => setCell(d, 'TTHCNoiBo.csv', 2, 'ngay', '2027-01-15'),
    code: 'DATE_OUTSIDE_PERIOD',
    severity: 'error',
    at: csvAt('TTHCNoiBo', 2, 'ngay'),
    mentions: ['15/01/2027', Q1_RANGE],
    errors: ['DATE_OUTSIDE_PERIOD'],
    warnings: [],
  },
  // Units and communes
  {
    name: 'duplicated unit code (SO-CT renamed SO-NNMT)',
    sample: 'q1',
    edit: (d) => setCell(d, 'DonVi.csv', 3, 'ma_don_vi', 'SO-NNMT'),
    code: 'DUPLICATE_UNIT',
    severity: 'error',
    at: csvAt('DonVi', 3, 'ma_don_vi'),
    mentions: ['SO-NNMT'],
    // HoSo line 3 still reports for SO-CT, which no longer exists.
    errors: ['DUPLICATE_UNIT', 'UNKNOWN_UNIT'],
    warnings: [],
  },
  {
    name: 'duplicated unit name',
    sample: 'q1',
    edit: (d) => setCell(d, 'DonVi.csv', 3, 'ten', 'Sở Nông nghiệp và Môi trường'),
    code: 'DUPLICATE_UNIT_NAME',
    severity: 'error',
    at: csvAt('DonVi', 3, 'ten'),
    mentions: ['Sở Nông nghiệp và Môi trường'],
    errors: ['DUPLICATE_UNIT_NAME'],
    warnings: [],
  },
  {
    name: 'commune name misspelt as in the seed ("Xã Tằng Lỏong")',
    sample: 'q1',
    edit: (d) => setCell(d, 'DonVi.csv', 66, 'ten', 'Xã Tằng Lỏong'),
    code: 'COMMUNE_NAME_MISMATCH',
    severity: 'error',
    at: csvAt('DonVi', 66, 'ten'),
    mentions: ['Xã Tằng Lỏong', '02908', 'Xã Tằng Loỏng'],
    errors: ['COMMUNE_NAME_MISMATCH'],
    warnings: [],
  },
  {
    name: 'commune code not in the registry, misspelt name',
    sample: 'q1',
    edit: (d) =>
      setLine(d, 'DonVi.csv', 66, ['99999', 'xa', 'Xã Tằng Lỏong', 'Tằng Lỏong', 'xa_phuong']),
    code: 'COMMUNE_NOT_IN_REGISTRY',
    severity: 'error',
    at: csvAt('DonVi', 66, 'ma_don_vi'),
    mentions: ['99999', 'Lào Cai', '"Xã Tằng Loỏng"'],
    // HoSo line 66 still names 02908; the registry commune 02908 is now missing from DonVi.
    errors: ['COMMUNE_NOT_IN_REGISTRY', 'UNKNOWN_UNIT'],
    warnings: ['COMMUNES_MISSING'],
  },
  {
    name: 'commune of the wrong kind',
    sample: 'q1',
    edit: (d) => setCell(d, 'DonVi.csv', 66, 'loai', 'phuong'),
    code: 'COMMUNE_KIND_MISMATCH',
    severity: 'error',
    at: csvAt('DonVi', 66, 'loai'),
    mentions: ['Xã Tằng Loỏng'],
    errors: ['COMMUNE_KIND_MISMATCH'],
    warnings: [],
  },
  {
    name: 'HoSo row naming an unknown unit code',
    sample: 'q1',
    edit: (d) => setCell(d, 'HoSo.csv', 2, 'ma_don_vi', 'SO-NNTM'),
    code: 'UNKNOWN_UNIT',
    severity: 'error',
    at: csvAt('HoSo', 2, 'ma_don_vi'),
    mentions: ['"SO-NNTM"', '"SO-NNMT"'],
    errors: ['UNKNOWN_UNIT'],
    warnings: [],
  },
  {
    // A unit's exact name is read as its code (issue 17); a misspelt one is not guessed.
    name: 'HoSo row naming its unit by a misspelt name',
    sample: 'q1',
    edit: (d) => setCell(d, 'HoSo.csv', 4, 'ma_don_vi', 'Sở Tư Phắp'),
    code: 'UNKNOWN_UNIT',
    severity: 'error',
    at: csvAt('HoSo', 4, 'ma_don_vi'),
    mentions: ['"Sở Tư Phắp"', '"SO-TP"', 'Sở Tư pháp'],
    errors: ['UNKNOWN_UNIT'],
    warnings: [],
  },
  // Form identities
  {
    name: 'HoSo (6) lowered by one: (3) = 19183 but (7) + (11) = 19184',
    sample: 'q1',
    edit: (d) => setCell(d, 'HoSo.csv', 2, 'ky_truoc_chuyen_sang', '2300'),
    code: 'EQUATION_MISMATCH',
    severity: 'error',
    at: csvAt('HoSo', 2, 'tong_tiep_nhan'),
    mentions: ['06c', '(3) = (7) + (11)', '19.183', '19.184'],
    errors: ['EQUATION_MISMATCH'],
    warnings: [],
  },
  {
    name: 'HoSo filled tong_tiep_nhan 19000 ≠ (4)+(5)+(6) = 19184',
    sample: 'q1',
    edit: (d) => setCell(d, 'HoSo.csv', 2, 'tong_tiep_nhan', '19000'),
    code: 'EQUATION_MISMATCH',
    severity: 'error',
    at: csvAt('HoSo', 2, 'tong_tiep_nhan'),
    mentions: ['06c', '(3) = (4) + (5) + (6)', '19.000', '19.184'],
    // The filled (3) also breaks (3) = (7) + (11): 19000 ≠ 19184.
    errors: ['EQUATION_MISMATCH', 'EQUATION_MISMATCH'],
    warnings: [],
  },
  {
    name: 'PAKN published 30 > handled 29 + 0',
    sample: 'q1',
    edit: (d) => setCell(d, 'PAKN.csv', 2, 'da_cong_khai', '30'),
    code: 'PUBLISHED_EXCEEDS_HANDLED',
    severity: 'error',
    at: csvAt('PAKN', 2, 'da_cong_khai'),
    mentions: ['30', '29'],
    errors: ['PUBLISHED_EXCEEDS_HANDLED'],
    warnings: [],
  },
  // Index 766
  {
    name: 'two agencies ranked 15 on 31/7/2025 (SO-TP 16 → 15)',
    sample: '766',
    edit: (d) => setCell(d, 'ChiSo766.csv', 5, 'xep_hang', '15'),
    code: 'RANK_NOT_SEQUENCE',
    severity: 'error',
    // The rule points at the second reading holding the repeated rank (SO-TP, line 5).
    at: csvAt('ChiSo766', 5, 'xep_hang'),
    mentions: ['sở, ban, ngành', '31/7/2025', '16', '15'],
    errors: ['RANK_NOT_SEQUENCE'],
    warnings: ['TOTAL_SCORE_MISMATCH'],
  },
  // Tables and columns
  {
    name: 'required column deleted from HoSo',
    sample: 'q1',
    edit: (d) => deleteColumn(d, 'HoSo.csv', 'tiep_nhan_truc_tiep'),
    code: 'MISSING_COLUMN',
    severity: 'error',
    at: csvAt('HoSo', 1, 'tiep_nhan_truc_tiep'),
    mentions: ['tiep_nhan_truc_tiep', 'Tiếp nhận trực tiếp và qua BCCI'],
    errors: ['MISSING_COLUMN'],
    warnings: [],
  },
  {
    name: 'unknown extra column in HoSo',
    sample: 'q1',
    edit: (d) => addColumn(d, 'HoSo.csv', 'ghi_chu', 'x'),
    code: 'UNKNOWN_COLUMN',
    severity: 'warning',
    at: csvAt('HoSo', 1, 'ghi_chu'),
    mentions: ['ghi_chu', 'HoSo'],
    errors: [],
    warnings: ['UNKNOWN_COLUMN'],
  },
  {
    name: 'DonVi.csv deleted',
    sample: 'q1',
    edit: (d) => deleteDataFile(d, 'DonVi.csv'),
    code: 'MISSING_TABLE',
    severity: 'error',
    at: (dir) => ({ file: dir }),
    mentions: ['DonVi'],
    errors: ['MISSING_TABLE'],
    warnings: [],
  },
  // Metadata
  {
    name: 'province "Lào Kai"',
    sample: 'q1',
    edit: (d) => setCell(d, 'ThongTin.csv', 2, 'gia_tri', 'Lào Kai'),
    code: 'UNKNOWN_PROVINCE',
    severity: 'error',
    at: csvAt('ThongTin', 2, 'tinh'),
    mentions: ['"Lào Kai"', '"Lào Cai"'],
    errors: ['UNKNOWN_PROVINCE'],
    warnings: [],
  },
  {
    name: 'period "2026-Q5"',
    sample: 'q1',
    edit: (d) => setCell(d, 'ThongTin.csv', 3, 'gia_tri', '2026-Q5'),
    code: 'INVALID_PERIOD',
    severity: 'error',
    at: csvAt('ThongTin', 3, 'ky_bao_cao'),
    mentions: ['2026-Q5'],
    errors: ['INVALID_PERIOD'],
    warnings: [],
  },
  // Accepted with a warning
  {
    name: 'count written "176.319" with Vietnamese thousands',
    sample: '766',
    edit: (d) => setCell(d, 'ChiTieuDonVi.csv', 2, 'ho_so_qua_han', '176.319'),
    code: 'NUMBER_AS_TEXT',
    severity: 'warning',
    at: csvAt('ChiTieuDonVi', 2, 'ho_so_qua_han'),
    mentions: ['176.319', '176319'],
    errors: [],
    warnings: ['NUMBER_AS_TEXT', 'TOTAL_SCORE_MISMATCH'],
  },
  {
    name: 'unit name in decomposed Unicode (NFD)',
    sample: 'q1',
    edit: (d) => setCell(d, 'DonVi.csv', 2, 'ten', 'Sở Nông nghiệp và Môi trường'.normalize('NFD')),
    code: 'TEXT_NORMALISED',
    severity: 'warning',
    at: csvAt('DonVi'),
    mentions: ['1'],
    errors: [],
    warnings: ['TEXT_NORMALISED'],
  },
  {
    name: 'second HoSo source repeating SO-NNMT',
    sample: 'q1',
    edit: (d) => writeDataFile(d, 'HoSo-bo-nganh.csv', SECOND_HOSO_SOURCE),
    code: 'MERGED_DUPLICATE',
    severity: 'warning',
    // Files are read in name order: HoSo-bo-nganh.csv first, so HoSo.csv line 2 is the repeat.
    at: csvAt('HoSo', 2),
    mentions: ['SO-NNMT', 'HoSo-bo-nganh.csv', 'HoSo.csv'],
    errors: [],
    warnings: ['MERGED_DUPLICATE'],
  },
];

describe('one mistake in a copy of a sample', () => {
  test.each(CASES)('$name → $code', async (c) => {
    const dir = copySample(c.sample);
    c.edit(dir);
    const { issues } = await validatePath(dir);
    expect(issues).toContainEqual({
      code: c.code,
      severity: c.severity,
      message: mentioning(...c.mentions),
      location: typeof c.at === 'function' ? c.at(dir) : c.at,
    });
    expect(codesOf(issues, 'error')).toEqual([...c.errors].sort());
    expect(codesOf(issues, 'warning')).toEqual([...c.warnings].sort());
  });
});

describe('edits inside the rules raise nothing', () => {
  test.each<[string, (dir: string) => void]>([
    [
      'directive dated on the last day, written 14/03/2026',
      (d) => setCell(d, 'VanBan.csv', 2, 'ngay', '14/03/2026'),
    ],
    [
      'decision dated on the first day',
      (d) => setCell(d, 'CongBo.csv', 2, 'ngay_quyet_dinh', '15/12/2025'),
    ],
    [
      'old document outside the directive group',
      (d) =>
        setLine(d, 'VanBan.csv', 2, ['ke_hoach', '25/KH-UBND', '2020-01-25', 'về rà soát', 'khac']),
    ],
    [
      'HoSo total (3) filled with the right value 19184',
      (d) => setCell(d, 'HoSo.csv', 2, 'tong_tiep_nhan', '19184'),
    ],
    [
      'PAKN published equal to handled 29 + 0',
      (d) => setCell(d, 'PAKN.csv', 2, 'da_cong_khai', '29'),
    ],
    ['province written by name', (d) => setCell(d, 'ThongTin.csv', 2, 'gia_tri', 'Lào Cai')],
    ['unit kind written as its label', (d) => setCell(d, 'DonVi.csv', 66, 'loai', 'Xã')],
  ])('%s', async (_name, edit) => {
    const dir = copySample('q1');
    edit(dir);
    expect((await validatePath(dir)).issues).toEqual([]);
  });
});

describe('a unit written by its name instead of its code (issue 17)', () => {
  // Sample rows, read by hand: HoSo line 4 is SO-TP "Sở Tư pháp" (3710 online), line 25 is
  // 04288 "Phường Nghĩa Lộ" (2776 online).
  test.each([
    ['its official name, in another case', 'Sở Tư Pháp', 4, 'SO-TP', 3710],
    ['a commune without its kind', 'Nghĩa Lộ', 25, '04288', 2776],
  ])('%s: "%s" is read as its code', async (_name, typed, line, code, online) => {
    const dir = copySample('q1');
    setCell(dir, 'HoSo.csv', line, 'ma_don_vi', typed);
    const { dataset, issues } = await validatePath(dir);
    expect(issues).toEqual([]);
    const rows = dataset!.dossiers.filter((r) => r.ma_don_vi === code);
    expect(rows.map((r) => r.tiep_nhan_truc_tuyen)).toEqual([online]);
  });
});

describe('what the dataset holds after a warning', () => {
  test('"176.319" in a count column is read as 176319', async () => {
    const dir = copySample('766');
    setCell(dir, 'ChiTieuDonVi.csv', 2, 'ho_so_qua_han', '176.319');
    const { dataset } = await validatePath(dir);
    const row = dataset?.unitIndicators.find((r) => r.ma_don_vi === 'SO-NNMT');
    expect(row?.ho_so_qua_han).toBe(176319);
  });

  test('an NFD unit name is stored in NFC', async () => {
    const nfc = 'Sở Nông nghiệp và Môi trường';
    expect(nfc).toBe(nfc.normalize('NFC')); // guards the literal typed here
    const dir = copySample('q1');
    setCell(dir, 'DonVi.csv', 2, 'ten', nfc.normalize('NFD'));
    const { dataset } = await validatePath(dir);
    const unit = dataset?.units.find((u) => u.id === 'SO-NNMT');
    expect(unit?.name).toBe(nfc);
    expect(unit?.displayName).toBe(nfc);
  });

  test('two HoSo sources of one unit are summed column by column', async () => {
    const dir = copySample('q1');
    writeDataFile(dir, 'HoSo-bo-nganh.csv', SECOND_HOSO_SOURCE);
    const { dataset } = await validatePath(dir);
    const rows = dataset?.dossiers.filter((r) => r.ma_don_vi === 'SO-NNMT') ?? [];
    expect(dataset?.dossiers).toHaveLength(115);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      linh_vuc: null,
      tong_tiep_nhan: null,
      tiep_nhan_truc_tuyen: 15306, // 15206 + 100
      tiep_nhan_truc_tiep: 1697, // 1677 + 20
      ky_truoc_chuyen_sang: 2306, // 2301 + 5
      tong_da_giai_quyet: null,
      giai_quyet_truoc_han: 13226, // 13136 + 90
      giai_quyet_dung_han: 3433, // 3413 + 20
      giai_quyet_qua_han: 414, // 409 + 5
      tong_dang_giai_quyet: null,
      dang_giai_quyet_trong_han: 2131, // 2123 + 8
      dang_giai_quyet_qua_han: 105, // 103 + 2
    });
    // Province totals of seed 003 (176.319 received, 148.977 online) plus the second source.
    const province = dataset && buildModel(dataset).dossiers?.province;
    expect(province?.received).toBe(176444); // 176319 + 125
    expect(province?.online).toBe(149077); // 148977 + 100
  });
});

test('three mistakes in three files are all reported', async () => {
  const dir = copySample('q1');
  setCell(dir, 'HoSo.csv', 3, 'tiep_nhan_truc_tuyen', 'mười');
  setCell(dir, 'PAKN.csv', 3, 'da_cong_khai', '12'); // handled 11 + 0
  setCell(dir, 'VanBan.csv', 6, 'ngay', '0/02/2026');
  const { issues } = await validatePath(dir);
  expect(codesOf(issues, 'error')).toEqual([
    'INVALID_DATE',
    'NOT_A_NUMBER',
    'PUBLISHED_EXCEEDS_HANDLED',
  ]);
  expect(issues.map((i) => [i.code, i.location])).toEqual(
    expect.arrayContaining([
      ['NOT_A_NUMBER', csvAt('HoSo', 3, 'tiep_nhan_truc_tuyen')],
      ['PUBLISHED_EXCEEDS_HANDLED', csvAt('PAKN', 3, 'da_cong_khai')],
      ['INVALID_DATE', csvAt('VanBan', 6, 'ngay')],
    ]),
  );
});
