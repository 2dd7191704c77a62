/**
 * Quarters sent as workbooks (as `tthc init` makes them) make the same period as CSV folders,
 * and a problem between them is named at the workbook's cell (issue 17, docs/periods.md).
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preparePackage } from '../../src/pipeline/prepare-package';
import { projectRoot } from '../../src/tools/project-root';
import { removeTempFolders, setCell, tempFolder } from '../helpers/sample-copy';
import { readCsvFolder, toWorkbook, workbookBytes } from '../helpers/sample-formats';

const QUARTERS = join(projectRoot(), 'test', 'fixtures', 'quarters');
const H1 = join(QUARTERS, 'lao-cai-2026-h1');

/** A quarter's CSV folder written as one workbook, `lao-cai-2026-qN.xlsx`. */
async function workbookOf(folder: string, name: string): Promise<string> {
  const path = join(tempFolder('tthc-quarter-xlsx-'), `${name}.xlsx`);
  writeFileSync(path, await workbookBytes(toWorkbook(readCsvFolder(folder))));
  return path;
}

afterAll(removeTempFolders);

test('6 months from two quarter workbooks equals 6 months from their CSV folders', async () => {
  const csv = ['q1', 'q2'].map((q) => join(QUARTERS, `lao-cai-2026-${q}`));
  const xlsx = await Promise.all(csv.map((dir, i) => workbookOf(dir, `lao-cai-2026-q${i + 1}`)));
  const [fromCsv, fromXlsx] = await Promise.all([
    preparePackage({ data: H1, parts: csv }),
    preparePackage({ data: H1, parts: xlsx }),
  ]);
  expect(fromXlsx.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(fromXlsx.model).not.toBeNull();
  expect(fromXlsx.model).toEqual(fromCsv.model);
});

test('a carry-over between quarter workbooks that disagrees: named at both sheets’ cells', async () => {
  const q2 = join(tempFolder('tthc-q2-'), 'lao-cai-2026-q2');
  cpSync(join(QUARTERS, 'lao-cai-2026-q2'), q2, { recursive: true });
  // 26 fewer carried over, 26 more received online: Quarter II adds up by itself.
  setCell(q2, 'HoSo.csv', 2, 'ky_truoc_chuyen_sang', '2200');
  setCell(q2, 'HoSo.csv', 2, 'tiep_nhan_truc_tuyen', '15992');
  const first = await workbookOf(join(QUARTERS, 'lao-cai-2026-q1'), 'lao-cai-2026-q1');
  const second = await workbookOf(q2, 'lao-cai-2026-q2');
  const prepared = await preparePackage({ data: H1, parts: [first, second] });
  expect(prepared.model).toBeNull();
  expect(prepared.issues.map((i) => [i.code, i.location?.file, i.location?.cell])).toEqual([
    // HoSo's columns: A ma_don_vi … F ky_truoc_chuyen_sang … K tong_dang_giai_quyet.
    ['CARRY_OVER_MISMATCH', second, 'F2'],
  ]);
  expect(prepared.issues[0]!.message).toContain(`${first}, ô HoSo!K2`);
});
