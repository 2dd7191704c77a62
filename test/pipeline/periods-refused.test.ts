/**
 * Quarters that do not make the period asked for (issue 17, docs/periods.md): each refusal is a
 * located error with its code, and nothing is built. Figures are read by eye from
 * test/fixtures/quarters/: Sở Nông nghiệp và Môi trường (HoSo.csv line 2) has 2.123 + 103 = 2.226
 * dossiers pending at the end of Quarter I, and Quarter II carries over 2.226.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLocation } from '../../src/issues/location';
import { preparePackage } from '../../src/pipeline/prepare-package';
import { projectRoot } from '../../src/tools/project-root';
import { csvAt, mentioning } from '../helpers/issues';
import { SAMPLE_H1 } from '../helpers/load-sample';
import {
  deleteDataFile,
  removeTempFolders,
  setCell,
  tempFolder,
  writeDataFile,
} from '../helpers/sample-copy';

const FIXTURE = join(projectRoot(), 'test', 'fixtures', 'quarters');

let root: string;
const q = (n: number) => join(root, `lao-cai-2026-q${n}`);
const h1 = () => join(root, 'lao-cai-2026-h1');
const year = () => join(root, 'lao-cai-2026');
/** A cell of a quarter's CSV file as the messages name it: with the quarter's folder. */
const inQuarter = (n: number, table: string, row?: number, column?: string) => ({
  ...csvAt(table, row, column),
  file: `${q(n)}/${table}.csv`,
});

beforeEach(() => {
  root = tempFolder('tthc-quarters-');
  cpSync(FIXTURE, root, { recursive: true });
});
afterAll(removeTempFolders);

test('a quarter whose carry-over disagrees with the quarter before: refused at both cells', async () => {
  // 26 fewer carried over, 26 more received online (15.966 + 26): Quarter II adds up by itself.
  setCell(q(2), 'HoSo.csv', 2, 'ky_truoc_chuyen_sang', '2200');
  setCell(q(2), 'HoSo.csv', 2, 'tiep_nhan_truc_tuyen', '15992');
  const prepared = await preparePackage({ data: h1(), parts: [q(1), q(2)] });
  expect(prepared.model).toBeNull();
  expect(prepared.issues).toEqual([
    {
      code: 'CARRY_OVER_MISMATCH',
      severity: 'error',
      location: inQuarter(2, 'HoSo', 2, 'ky_truoc_chuyen_sang'),
      message: mentioning(
        'Sở Nông nghiệp và Môi trường',
        '2.200',
        '2.226',
        formatLocation(inQuarter(1, 'HoSo', 2, 'tong_dang_giai_quyet')),
      ),
    },
  ]);
});

test('a quarter missing: the period is not built and the quarter is named with its dates', async () => {
  const prepared = await preparePackage({ data: year(), parts: [q(1), q(2), q(4)] });
  expect(prepared.model).toBeNull();
  expect(prepared.issues).toEqual([
    {
      code: 'PARTS_GAP',
      severity: 'error',
      location: { ...csvAt('ThongTin', 3, 'ky_bao_cao'), file: `${year()}/ThongTin.csv` },
      message: mentioning('năm 2026', 'Quý III năm 2026', 'từ ngày 15/6/2026 đến ngày 14/9/2026'),
    },
  ]);
});

test('a quarter given twice: both places named', async () => {
  const prepared = await preparePackage({ data: h1(), parts: [q(1), q(2), q(2)] });
  expect(prepared.model).toBeNull();
  expect(prepared.issues.map((i) => i.code)).toEqual(['PART_OVERLAP']);
  expect(prepared.issues[0]!.location).toEqual(inQuarter(2, 'ThongTin', 3, 'ky_bao_cao'));
  expect(prepared.issues[0]!.message).toEqual(mentioning('Quý II năm 2026', q(2)));
});

test('a quarter outside the period, and a period that is itself a quarter', async () => {
  const outside = await preparePackage({ data: h1(), parts: [q(1), q(2), q(3)] });
  expect(outside.issues.map((i) => [i.code, i.location?.file])).toEqual([
    ['PART_OUTSIDE_PERIOD', `${q(3)}/ThongTin.csv`],
  ]);
  const quarter = await preparePackage({ data: q(2), parts: [q(1), q(2)] });
  expect(quarter.issues.map((i) => i.code)).toEqual(['PARTS_FOR_QUARTER']);
});

test('a quarter of another year or another province: refused at its frame', async () => {
  // Quarter I of 2027: the frame moved a year on, its lists left out so that it is valid alone.
  const next = join(root, 'lao-cai-2027-q1');
  cpSync(q(1), next, { recursive: true });
  setCell(next, 'ThongTin.csv', 3, 'gia_tri', '2027-Q1');
  setCell(next, 'ThongTin.csv', 4, 'gia_tri', '2027-03-16');
  for (const list of ['CongBo', 'VanBan', 'TTHCNoiBo', 'DuThao', 'PAKN', 'SoLieu'])
    deleteDataFile(next, `${list}.csv`);
  const prepared = await preparePackage({ data: h1(), parts: [next, q(2), SAMPLE_H1] });
  expect(prepared.model).toBeNull();
  const errors = prepared.issues.filter((i) => i.severity === 'error');
  expect(errors.map((i) => [i.code, i.location?.file])).toEqual([
    ['PART_OTHER_YEAR', `${next}/ThongTin.csv`],
    ['PART_OTHER_PROVINCE', `${SAMPLE_H1}/ThongTin.csv`],
    ['PARTS_GAP', `${h1()}/ThongTin.csv`],
  ]);
  expect(errors[1]!.message).toEqual(mentioning('Lai Châu', 'Lào Cai'));
});

test('a built package instead of a dataset: told to give the quarter’s data', async () => {
  const pkg = tempFolder('tthc-package-');
  writeDataFile(pkg, 'model.json', '{}');
  const prepared = await preparePackage({ data: h1(), parts: [q(1), pkg] });
  expect(prepared.issues.map((i) => [i.code, i.location?.file])).toEqual([
    ['PART_IS_PACKAGE', pkg],
  ]);
});

test('a quarter with errors of its own: its errors, named in its folder, and nothing built', async () => {
  setCell(q(2), 'HoSo.csv', 3, 'tiep_nhan_truc_tuyen', 'abc');
  const prepared = await preparePackage({ data: h1(), parts: [q(1), q(2)] });
  expect(prepared.model).toBeNull();
  const errors = prepared.issues.filter((i) => i.severity === 'error');
  expect(errors.map((i) => i.location?.file)).toEqual([`${q(2)}/HoSo.csv`]);
  expect(errors[0]!.location?.row).toBe(3);
});

test('a unit with no row in one quarter: named with its quarters, and its pending not carried', async () => {
  const file = join(q(2), 'HoSo.csv');
  const lines = readFileSync(file, 'utf8').split('\n');
  // Line 3: Sở Công Thương, 151 + 3 = 154 pending at the end of Quarter I.
  expect(lines[2]).toMatch(/^SO-CT,/);
  writeFileSync(file, [...lines.slice(0, 2), ...lines.slice(3)].join('\n'));
  const prepared = await preparePackage({ data: h1(), parts: [q(1), q(2)] });
  expect(prepared.issues.map((i) => [i.code, i.severity])).toEqual([
    ['CARRY_OVER_UNIT_MISSING', 'error'],
    ['PART_UNIT_ABSENT', 'warning'],
  ]);
  expect(prepared.issues[0]!.location).toEqual(inQuarter(1, 'HoSo', 3, 'tong_dang_giai_quyet'));
  expect(prepared.issues[1]).toMatchObject({
    location: inQuarter(1, 'HoSo', 3, 'ma_don_vi'),
    message: mentioning('Sở Công Thương', 'Quý I năm 2026', 'Quý II năm 2026'),
  });
});

test('feedback pending before the last quarter: refused, unless the period gives its own PAKN', async () => {
  // Đất đai (PAKN.csv line 2) of Quarter I: 3 of its handled on time left pending instead.
  setCell(q(1), 'PAKN.csv', 2, 'da_xu_ly_dung_han', '29');
  setCell(q(1), 'PAKN.csv', 2, 'dang_xu_ly_trong_han', '3');
  const refused = await preparePackage({ data: h1(), parts: [q(1), q(2)] });
  expect(refused.model).toBeNull();
  expect(refused.issues).toEqual([
    {
      code: 'PART_FEEDBACK_PENDING',
      severity: 'error',
      location: inQuarter(1, 'PAKN', 2, 'tong_dang_xu_ly'),
      message: mentioning('Đất đai', 'Quý I năm 2026', '6 tháng đầu năm 2026', h1()),
    },
  ]);
  cpSync(join(q(2), 'PAKN.csv'), join(h1(), 'PAKN.csv'));
  const own = await preparePackage({ data: h1(), parts: [q(1), q(2)] });
  expect(own.issues.map((i) => [i.code, i.location?.file])).toEqual([
    ['PART_TABLE_OWN', 'PAKN.csv'],
  ]);
  expect(own.model?.report?.feedback?.total.received).toBeGreaterThan(0);
});

test('feedback pending of one kind only is received again by the next quarter: taken off once', async () => {
  // Hộ tịch (PAKN.csv line 3) received 12 about regulations and none about conduct in Quarter I;
  // 3 of them are left pending, and Quarter II receives them again (14 + 3) and handles them.
  setCell(q(1), 'PAKN.csv', 3, 'da_xu_ly_dung_han', '9');
  setCell(q(1), 'PAKN.csv', 3, 'dang_xu_ly_trong_han', '3');
  setCell(q(1), 'PAKN.csv', 3, 'da_cong_khai', '9');
  setCell(q(2), 'PAKN.csv', 3, 've_quy_dinh', '17');
  setCell(q(2), 'PAKN.csv', 3, 'da_xu_ly_dung_han', '17');
  setCell(q(2), 'PAKN.csv', 3, 'da_cong_khai', '15');
  const prepared = await preparePackage({ data: h1(), parts: [q(1), q(2)] });
  expect(prepared.issues.filter((i) => i.severity === 'error')).toEqual([]);
  const row = prepared.model!.report!.feedback!.rows.find((r) => r.field === 'Hộ tịch');
  // By hand: received 12 + 17 − 3 = 26, all about regulations; handled 9 + 17 = 26, on time;
  // pending at the end of Quarter II: 0; published 9 + 15 = 24. As without the pending three.
  expect(row).toMatchObject({
    received: 26,
    aboutRegulations: 26,
    aboutConduct: 0,
    handled: 26,
    handledOnTime: 26,
    inProgress: 0,
    published: 24,
  });
});

/**
 * Quarter IV of 2025 as the year before would have sent it: each unit's pending at its end is
 * what Quarter I of 2026 carries over (its early-resolved dossiers take the difference, so each
 * row still adds up); its lists left out.
 */
function quarterBefore(): string {
  const dir = join(root, 'lao-cai-2025-q4');
  cpSync(q(1), dir, { recursive: true });
  setCell(dir, 'ThongTin.csv', 3, 'gia_tri', '2025-Q4');
  setCell(dir, 'ThongTin.csv', 4, 'gia_tri', '2025-12-16');
  for (const list of ['CongBo', 'VanBan', 'TTHCNoiBo', 'DuThao', 'PAKN', 'SoLieu'])
    deleteDataFile(dir, `${list}.csv`);
  const lines = readFileSync(join(dir, 'HoSo.csv'), 'utf8').trimEnd().split('\n');
  const header = lines[0]!.split(',');
  const col = (key: string) => header.indexOf(key);
  const rows = lines.slice(1).map((line) => {
    const cells = line.split(',');
    const pending =
      Number(cells[col('dang_giai_quyet_trong_han')]) +
      Number(cells[col('dang_giai_quyet_qua_han')]);
    const carried = Number(cells[col('ky_truoc_chuyen_sang')]);
    cells[col('giai_quyet_truoc_han')] = String(
      Number(cells[col('giai_quyet_truoc_han')]) + pending - carried,
    );
    cells[col('dang_giai_quyet_trong_han')] = String(carried);
    cells[col('dang_giai_quyet_qua_han')] = '0';
    return cells.join(',');
  });
  writeFileSync(join(dir, 'HoSo.csv'), [lines[0], ...rows].join('\n') + '\n');
  return dir;
}

test('--ky-truoc with --cac-quy: the period’s carry-over is Quarter I’s, checked at its cells', async () => {
  const before = quarterBefore();
  const agreed = await preparePackage({ data: h1(), parts: [q(1), q(2)], previous: before });
  expect(agreed.issues.filter((i) => i.severity === 'error')).toEqual([]);
  // Sở Nông nghiệp và Môi trường carries 2.301 into Quarter I; 2.300 left pending before.
  setCell(before, 'HoSo.csv', 2, 'dang_giai_quyet_trong_han', '2300');
  setCell(before, 'HoSo.csv', 2, 'giai_quyet_truoc_han', String(13136 + 2226 - 2301 + 1));
  const refused = await preparePackage({ data: h1(), parts: [q(1), q(2)], previous: before });
  expect(refused.model).toBeNull();
  expect(refused.issues).toEqual([
    {
      code: 'CARRY_OVER_MISMATCH',
      severity: 'error',
      location: inQuarter(1, 'HoSo', 2, 'ky_truoc_chuyen_sang'),
      message: mentioning('2.301', '2.300', `${before}/HoSo.csv, dòng 2`),
    },
  ]);
});
