// tthc import-766 on the real captures of the national portal (Phú Thọ, Q3 2026, six pages):
// the dataset it writes, its ranking annex against the JSON (ten units spot-checked by hand),
// the second run against the DonVi it wrote, and the official's corrections.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rankingAnnexTable } from '../../src/annexes/ranking-columns';
import { rankingAnnex, type RankingRow } from '../../src/compute/ranking-annex';
import type { ReportModel } from '../../src/compute/report-model';
import { importPortal766 } from '../../src/pipeline/import-766';
import { modelOf } from '../helpers/load-sample';
import { PHU_THO_Q3 } from '../helpers/portal-corpus';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';

afterAll(removeTempFolders);

// A frame for the imported dataset, so that it can be read as a whole (build needs ThongTin).
const THONG_TIN = [
  'truong,gia_tri',
  'tinh,25',
  'ky_bao_cao,2026-Q3',
  'ngay_bao_cao,2026-09-28',
  'so_van_ban,',
  'ky_chuc_vu,PHÓ CHỦ TỊCH',
  'ky_ho_ten,Người Ký',
  '',
].join('\n');

const importInto = (out: string, force = false) =>
  importPortal766({ captures: PHU_THO_Q3, province: 'Phú Thọ', asOf: '26/9/2026', out, force });

let out = '';
let model: ReportModel;
let result: ReturnType<typeof importInto>;
beforeAll(async () => {
  out = join(tempFolder('tthc-import-'), 'phu-tho');
  result = importInto(out);
  writeFileSync(join(out, 'ThongTin.csv'), THONG_TIN);
  model = await modelOf(out);
});

test('writes the 766 tables and a DonVi of 15 agencies and the 148 communes of the registry', () => {
  expect(result.status).toBe('written');
  if (result.status !== 'written') return;
  expect(result.files).toEqual([
    'ChiSo766.csv',
    'ChiSoThanhPhan766.csv',
    'DonViCong766.csv',
    'DonVi.csv',
  ]);
  expect(result.summary).toMatchObject({ set: '2026', agencies: 15, communes: 148, pages: 6 });
  // 7,96 + 17,35 + 8,41 + 6,67 + 8,75 + 12,25 (the six root scores of the pages).
  expect(result.summary.provinceTotal).toBe(61.39);
  // Read back: every group score and every sub-indicator figure (4 per sub-indicator).
  expect(result.compared).toBeGreaterThan(164 * 6);
  expect(result.needsFrame).toBe(true);
  expect(model.unitCount).toEqual({ agencies: 15, communes: 148 });
});

test('the warnings: the portal flags, the unit without dossiers, agencies named from the portal', () => {
  if (result.status !== 'written') throw new Error(result.status);
  const w = result.warnings.map((i) => `${i.code}: ${i.message}`);
  expect(w.filter((x) => x.startsWith('PORTAL_DATA_FLAG'))).toEqual([
    expect.stringContaining('TEMP_NATIONAL_REPORT_DENOMINATOR ở chỉ số thành phần dong_bo_ho_so'),
    expect.stringContaining('NO_NATIONAL_REPORT_DATA'),
  ]);
  expect(w.find((x) => x.includes('TEMP_NATIONAL'))).toContain('162 đơn vị');
  expect(w.find((x) => x.includes('NO_NATIONAL'))).toContain('1 đơn vị (Thanh tra tỉnh)');
  expect(w).toContainEqual(
    expect.stringMatching(/^PORTAL_NO_DOSSIERS: Thanh tra tỉnh .*15,96.*15/),
  );
  expect(w).toContainEqual(
    'PORTAL_AGENCY_NAMED: Bảng Đơn vị được tạo mới; tên của 3 cơ quan lấy theo Cổng, hãy soát chính tả: Văn phòng UBND tỉnh; Ban Quản lý các khu công nghiệp; Thanh tra tỉnh.',
  );
});

/** A row of the ranking annex as the Word table prints it. */
function printed(name: string): string[] {
  const annex = rankingAnnex(model)!;
  for (const t of annex.tables) {
    const row = t.rows.find((r: RankingRow) => r.name === name);
    if (row)
      return rankingAnnexTable(t, annex.previousAsOf, annex.setId).columns.map((c) => c.text(row));
  }
  throw new Error(`no row ${name}`);
}

describe('the ranking annex of the imported dataset', () => {
  test('lists every department of the capture: 15 agencies and 148 communes under the province', () => {
    const annex = rankingAnnex(model)!;
    expect(annex.setId).toBe('2026');
    expect(annex.tables.map((t) => [t.group, t.rows.length])).toEqual([
      ['so_nganh', 16],
      ['xa_phuong', 149],
    ]);
    // The province's line: no national rank in the pages; the six root scores, 61,39.
    expect(printed('Tỉnh Phú Thọ')).toEqual([
      '—',
      'Tỉnh Phú Thọ',
      '7,96',
      '17,35',
      '8,41',
      '6,67',
      '8,75',
      '12,25',
      '61,39',
      'Trung bình',
    ]);
  });

  // Ten departments typed from the JSON of the six pages, in the set's order: transparency
  // totalScore, dvc-progress-tree score, provide-online-tree totalScore,
  // formality-online-payment-tree totalScore, dossier-digitized totalScore,
  // handling-satisfaction totalScore; the total is their sum; the rank counts the totals above.
  test.each<[string, string[]]>([
    [
      'Văn phòng UBND tỉnh',
      ['8', '7,96', '19,38', '6,00', '0,00', '4,43', '18,00', '55,77', 'Trung bình'],
    ],
    [
      'Sở Văn hóa, Thể thao và Du lịch',
      ['1', '7,96', '19,48', '6,55', '7,84', '12,74', '18,00', '72,57', 'Khá'],
    ],
    [
      'Ban Quản lý các khu công nghiệp',
      ['2', '7,96', '18,23', '7,26', '7,67', '9,59', '18,00', '68,71', 'Trung bình'],
    ],
    ['Sở Nội vụ', ['14', '7,96', '7,39', '6,57', '0,00', '10,62', '2,46', '35,00', 'Yếu']],
    ['Thanh tra tỉnh', ['15', '1,96', '0,00', '0,00', '0,00', '2,00', '12,00', '15,96', 'Yếu']],
    ['Sở Ngoại vụ', ['13', '7,96', '10,00', '6,67', '0,00', '4,40', '15,33', '44,36', 'Yếu']],
    ['Xã Lai Đồng', ['1', '7,96', '19,42', '6,29', '7,10', '9,68', '18,00', '68,45', 'Trung bình']],
    // Phường Thống Nhất and Xã Dũng Tiến tie at 68,30: both second, the next is fourth.
    [
      'Phường Thống Nhất',
      ['2', '7,96', '19,24', '6,39', '7,16', '9,55', '18,00', '68,30', 'Trung bình'],
    ],
    [
      'Xã Dũng Tiến',
      ['2', '7,96', '19,33', '6,32', '7,27', '9,42', '18,00', '68,30', 'Trung bình'],
    ],
    ['Xã Tam Sơn', ['148', '7,96', '15,96', '6,35', '6,57', '8,07', '5,32', '50,23', 'Trung bình']],
  ])('%s', (name, cells) => {
    expect(printed(name)).toEqual([cells[0], name, ...cells.slice(1)]);
  });

  test('after the tie at 68,30 the next commune is fourth', () => {
    const ranks = rankingAnnex(model)!
      .tables[1]!.rows.slice(1, 5)
      .map((r) => r.rank);
    expect(ranks).toEqual([1, 2, 2, 4]);
  });
});

test('the sub-indicators: Sở Nông nghiệp và Môi trường, overdue 22.309 of 65.916 (dvc-progress-tree)', () => {
  const u = model.index766!.groups.so_nganh.find((x) => x.unitId === 'H44.45')!;
  expect(u.name).toBe('Sở Nông nghiệp và Môi trường');
  expect(u.subIndicators.qua_han).toEqual({
    numerator: 22309,
    denominator: 65916,
    ratio: 33.84,
    score: null,
    flag: null,
  });
  expect(u.subIndicators.giai_quyet_dung_han).toMatchObject({
    numerator: 43607,
    denominator: 65916,
    ratio: 66.16,
    score: 13.23,
  });
  // Thanh tra tỉnh: 0/0 synced, no ratio nor score, the portal's flag kept; null is not 0.
  const t = model.index766!.groups.so_nganh.find((x) => x.unitId === 'H44.23')!;
  expect(t.subIndicators.dong_bo_ho_so).toEqual({
    numerator: 0,
    denominator: 0,
    ratio: null,
    score: null,
    flag: 'NO_NATIONAL_REPORT_DATA',
  });
});

describe('a second run', () => {
  test('refuses to overwrite the readings without --force', () => {
    const again = importInto(out);
    expect(again.status).toBe('blocked');
  });

  test('with a DonVi of the official (other codes, other spellings), matches the names', () => {
    const dir = tempFolder('tthc-import-donvi-');
    cpSync(out, dir, { recursive: true });
    const donVi = readFileSync(join(dir, 'DonVi.csv'), 'utf8')
      .replace(
        'H44.45,co_quan,Sở Nông nghiệp và Môi trường',
        'SO-NNMT,co_quan,Sở Nông Nghiệp và Môi Trường',
      )
      .replace('H44.01,co_quan,Văn phòng UBND tỉnh', 'VP-UBND,co_quan,Văn phòng UBND Tỉnh');
    writeFileSync(join(dir, 'DonVi.csv'), donVi);
    // Without the links of the first run: the names decide.
    writeFileSync(join(dir, 'DonViCong766.csv'), 'ma_cong,ma_so_cong,ten_cong,ma_don_vi\n');
    const r = importInto(dir, true);
    expect(r.status).toBe('written');
    if (r.status !== 'written') return;
    expect(r.files).not.toContain('DonVi.csv');
    const readings = readFileSync(join(dir, 'ChiSo766.csv'), 'utf8');
    expect(readings).toContain('\nSO-NNMT,2026-09-26,7.96,13.23,');
    expect(readings).toContain('\nVP-UBND,2026-09-26,7.96,19.38,6,0,18,4.43,55.77,8,\n');
  });

  test('the official corrects a link in DonViCong766: it wins over the name', () => {
    const dir = tempFolder('tthc-import-link-');
    cpSync(out, dir, { recursive: true });
    // Swap Sở Ngoại vụ (H44.13) and Sở Tư pháp (H44.19): the links say so, the names do not.
    const links = readFileSync(join(dir, 'DonViCong766.csv'), 'utf8')
      .replace(/(Sở Ngoại vụ - Tỉnh Phú Thọ,)H44\.13/, '$1H44.19')
      .replace(/(Sở Tư pháp - Tỉnh Phú Thọ,)H44\.19/, '$1H44.13');
    writeFileSync(join(dir, 'DonViCong766.csv'), links);
    expect(importInto(dir, true).status).toBe('written');
    const row = readFileSync(join(dir, 'ChiSo766.csv'), 'utf8')
      .split('\n')
      .find((l) => l.startsWith('H44.19,'));
    // Sở Ngoại vụ's figures (44,36) now under H44.19.
    expect(row).toBe('H44.19,2026-09-26,7.96,10,6.67,0,15.33,4.4,44.36,13,');
  });
});
