/**
 * `--ky-truoc <previous> --dien-tu-ky-truoc` (issue 17): blank "Từ kỳ trước chuyển sang"
 * cells filled from the previous period's pending dossiers, each fill said; a typed value is
 * never replaced. Figures read by eye from test/fixtures/quarters/lao-cai-2026-q1/HoSo.csv:
 * Sở Nông nghiệp và Môi trường (line 2) 2.123 + 103 = 2.226 pending, Sở Công Thương (line 3)
 * 151 + 3 = 154; Quarter II carries over exactly these.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { formatLocation } from '../../src/issues/location';
import { preparePackage } from '../../src/pipeline/prepare-package';
import { projectRoot } from '../../src/tools/project-root';
import { csvAt, mentioning } from '../helpers/issues';
import { removeTempFolders, setCell, tempFolder } from '../helpers/sample-copy';

const FIXTURE = join(projectRoot(), 'test', 'fixtures', 'quarters');
let q1: string;
let q2: string;

beforeEach(() => {
  const root = tempFolder('tthc-fill-');
  cpSync(FIXTURE, root, { recursive: true });
  [q1, q2] = [join(root, 'lao-cai-2026-q1'), join(root, 'lao-cai-2026-q2')];
});
afterAll(removeTempFolders);

const filled = (row: number, unit: string, value: string, previousRow: number) => ({
  code: 'CARRY_OVER_FILLED',
  severity: 'warning',
  location: csvAt('HoSo', row, 'ky_truoc_chuyen_sang'),
  message: mentioning(
    unit,
    value,
    formatLocation({
      ...csvAt('HoSo', previousRow, 'tong_dang_giai_quyet'),
      file: `${q1}/HoSo.csv`,
    }),
  ),
});

test('blank carry-over cells are filled from the previous quarter, each said, and the quarter is as typed in full', async () => {
  const complete = await preparePackage({ data: q2, previous: q1 });
  setCell(q2, 'HoSo.csv', 2, 'ky_truoc_chuyen_sang', '');
  setCell(q2, 'HoSo.csv', 3, 'ky_truoc_chuyen_sang', '');
  const prepared = await preparePackage({ data: q2, previous: q1, fillCarryOver: true });
  expect(prepared.issues.filter((i) => i.code.startsWith('CARRY_OVER'))).toEqual([
    filled(2, 'Sở Nông nghiệp và Môi trường', '2.226', 2),
    filled(3, 'Sở Công Thương', '154', 3),
  ]);
  expect(prepared.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(prepared.model).not.toBeNull();
  expect(prepared.model).toEqual(complete.model);
});

test('without the option a blank carry-over reads 0, and the row no longer adds up', async () => {
  setCell(q2, 'HoSo.csv', 2, 'ky_truoc_chuyen_sang', '');
  const prepared = await preparePackage({ data: q2, previous: q1 });
  expect(prepared.model).toBeNull();
  // (3) = (4) + (5) + (6) with (6) read as 0 is 2.226 short of (7) + (11).
  expect(prepared.issues.map((i) => [i.code, i.location?.row])).toEqual([['EQUATION_MISMATCH', 2]]);
});

test('a typed value that differs is never replaced: it stays the error, at its cell', async () => {
  // 26 fewer carried over, 26 more received online: the quarter adds up by itself.
  setCell(q2, 'HoSo.csv', 2, 'ky_truoc_chuyen_sang', '2200');
  setCell(q2, 'HoSo.csv', 2, 'tiep_nhan_truc_tuyen', '15992');
  const prepared = await preparePackage({ data: q2, previous: q1, fillCarryOver: true });
  expect(prepared.model).toBeNull();
  expect(prepared.issues.map((i) => [i.code, i.location?.row])).toEqual([
    ['CARRY_OVER_MISMATCH', 2],
  ]);
});
