/**
 * The workbook `tthc init` writes, filled as an official fills it (issue 17): only the cells
 * that ask for a value, zeros left blank, one unit's row left with nothing typed. It must build.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildPackage } from '../../src/pipeline/build-package';
import { preparePackage } from '../../src/pipeline/prepare-package';
import { CONTENT_FILE, CONTENT_SECTIONS } from '../../src/contract/content-sections';
import { columnOf, setField, startedSonLaWorkbook } from '../helpers/init-workbook';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tthc-filled-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes `values` (header → number) on the HoSo row of `unit`, leaving every other cell as it is. */
const fillRow = (sheet: ExcelJS.Worksheet, unit: string, values: Record<string, number>) => {
  const codeCol = columnOf(sheet, 'Mã đơn vị');
  let row = 0;
  sheet.eachRow((r, n) => {
    if (n > 1 && r.getCell(codeCol).value === unit) row = n;
  });
  // Without a prefilled row the official types the code on the next free row.
  if (row === 0) {
    row = sheet.actualRowCount + 1;
    sheet.getCell(row, codeCol).value = unit;
  }
  for (const [header, value] of Object.entries(values))
    sheet.getCell(row, columnOf(sheet, header)).value = value;
};

test('an init workbook filled only where values are asked, zeros left blank, builds without error', async () => {
  const { wb, file } = await startedSonLaWorkbook(root);
  // The figures the report quotes; the two that are 0 this period (cut business rules,
  // decentralised procedures) are left blank.
  const figures = wb.getWorksheet('SoLieu')!;
  setField(figures, 'tthc_tw_cap_tinh', 1520);
  setField(figures, 'tthc_tw_cap_xa', 305);
  setField(figures, 'tthc_lien_thong_cung_cap', 96);
  setField(figures, 'tthc_lien_thong_cac_cap', 88);
  setField(figures, 'tthc_noi_bo_luy_ke', 210);
  const units = wb.getWorksheet('DonVi')!;
  const [first, second] = [2, 3].map((r) => String(units.getCell(r, 1).value));
  const dossiers = wb.getWorksheet('HoSo')!;
  // Two units with dossiers; every zero (the direct channel, carry-over, overdue…) left blank.
  fillRow(dossiers, first!, {
    'Tiếp nhận trực tuyến': 120,
    'Đã giải quyết trước hạn': 100,
    'Đang giải quyết trong hạn': 20,
  });
  fillRow(dossiers, second!, {
    'Tiếp nhận trực tuyến': 40,
    'Tiếp nhận trực tiếp và qua BCCI': 10,
    'Đã giải quyết đúng hạn': 50,
  });
  await wb.xlsx.writeFile(file);
  // The official also writes the report's required sections (issue 16: none may stay empty).
  const content = join(dirname(file), CONTENT_FILE);
  const lines = readFileSync(content, 'utf8').split('\n');
  for (const s of CONTENT_SECTIONS.filter((c) => c.need === 'required'))
    lines.splice(
      lines.findIndex((l) => l.startsWith(`## ${s.key} `)) + 1,
      0,
      `Nội dung do cán bộ soạn.`,
    );
  writeFileSync(content, lines.join('\n'));

  const prepared = await preparePackage({ data: file });
  expect(prepared.issues.filter((i) => i.severity === 'error')).toEqual([]);
  // The live check column ("Kiểm tra", a formula) is neither data nor an unknown column, and
  // the spare rows that hold only its formula (its empty result lost in the exceljs copy) are
  // no blank rows: only HoSo's 73 units without figures are (75 prefilled, 2 filled).
  expect(prepared.issues.filter((i) => /Kiểm tra|kiem_tra/.test(i.message))).toEqual([]);
  expect(
    prepared.issues
      .filter((i) => i.code === 'BLANK_ROWS_SKIPPED')
      .map((i) => [i.location?.table, i.message.split(' ')[0]]),
  ).toEqual([['HoSo', '73']]);
  const model = prepared.model!;
  // Blanks read as 0: 120 + 0 + 0 received = 100 + 0 + 0 resolved + 20 + 0 pending.
  expect(model.report!.dossiers!.province).toMatchObject({
    received: 170,
    online: 160,
    direct: 10,
    carriedOver: 0,
    resolved: 150,
    late: 0,
    pending: 20,
  });
  const result = await buildPackage(model, { out: join(root, 'output'), force: false });
  expect(result.status).toBe('written');
}, 120_000);
