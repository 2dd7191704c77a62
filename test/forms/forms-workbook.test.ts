import ExcelJS from 'exceljs';
import type { ReportModel } from '../../src/compute/report-model';
import { fillForms, type FormTable } from '../../src/forms';
import { formFrame } from '../../src/forms/form-frame';
import { form06c } from '../../src/forms/form-06c';
import { formsWorkbook } from '../../src/render/forms/forms-workbook';
import { headingCells } from '../../src/render/forms/heading-cells';
import { verifyFormsWorkbook } from '../../src/verify/forms-workbook';
import { modelOf, SAMPLE_Q1 } from '../helpers/load-sample';

const STAMP = new Date(Date.UTC(2026, 2, 16));
let model: ReportModel;
let tables: FormTable[];
let bytes: Buffer;
beforeAll(async () => {
  model = await modelOf(SAMPLE_Q1);
  tables = fillForms(model);
  bytes = await formsWorkbook(tables, formFrame(model), STAMP);
});

test('06c headings: three groups over their columns, "Trong đó" over (4)–(6), single headings span down', () => {
  const { depth, cells } = headingCells(form06c.columns);
  expect(depth).toBe(3);
  const at = (text: string) =>
    cells.filter((c) => c.text === text).map((c) => [c.top, c.bottom, c.left, c.right]);
  expect(at('STT')).toEqual([[0, 2, 0, 0]]);
  expect(at('Số hồ sơ nhận giải quyết')).toEqual([[0, 0, 2, 5]]);
  expect(at('Trong đó')).toEqual([[1, 1, 3, 5]]);
  expect(at('Trực tuyến')).toEqual([[2, 2, 3, 3]]);
  expect(at('Số hồ sơ đã giải quyết')).toEqual([[0, 0, 6, 9]]);
  expect(at('Tổng số')).toEqual([
    [1, 2, 2, 2],
    [1, 2, 6, 6],
    [1, 2, 10, 10],
  ]);
});

test('the frame names reporter, receiver, period and signer', () => {
  const f = formFrame(model);
  expect(f.reporter).toBe('Đơn vị báo cáo: UBND tỉnh Lào Cai');
  expect(f.receiver).toBe('Đơn vị nhận báo cáo: Bộ Tư pháp');
  // In lower case, as the report's body writes the period (issue 16).
  expect(f.period).toBe('Kỳ báo cáo: quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026)');
  // ThongTin of the Lào Cai sample names no preparer (seed 003 prints no form footer).
  expect(f.preparerName).toBeNull();
  expect(f.placeDate).toBe('Lào Cai, ngày      tháng 3 năm 2026');
  expect(f.signer).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Ngô Hạnh Phúc']);
});

test('the workbook read back matches every cell of every form', async () => {
  expect(await verifyFormsWorkbook(bytes, tables, 'bieu-mau.xlsx')).toEqual([]);
});

test('one sheet per form; totals are formulas with cached results; print set-up for A4 landscape', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['II.02c', 'II.03b', '05b', '06c']);
  const ws = wb.getWorksheet('06c')!;
  let totalRow = 0;
  ws.eachRow((row, n) => {
    if (row.getCell(2).value === 'Tổng số') totalRow = n;
  });
  const total = ws.getCell(totalRow, 3).value as { formula: string; result: number };
  expect(total.result).toBe(176319);
  expect(total.formula).toMatch(/^C\d+\+C\d+$/);
  expect(ws.getCell(totalRow, 3).numFmt).toBe('[$-42A]#,##0');
  expect(ws.pageSetup.orientation).toBe('landscape');
  expect(ws.pageSetup.fitToWidth).toBe(1);
  expect(ws.pageSetup.printTitlesRow).toBe('6:9');
});

test('a changed figure in the file is caught by the read-back', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('05b')!;
  let first = 0;
  ws.eachRow((row, n) => {
    if (!first && row.getCell(1).value === '(1)') first = n + 1;
  });
  ws.getCell(first, 3).value = 999;
  const tampered = Buffer.from(await wb.xlsx.writeBuffer());
  const found = await verifyFormsWorkbook(tampered, tables, 'bieu-mau.xlsx');
  expect(found).toEqual([
    {
      file: 'bieu-mau.xlsx',
      kind: 'cell',
      at: { format: 'xlsx', table: '05b', cell: `C${first}` },
      expected: String(tables[2]!.rows[0]!.cells[3]),
      found: '999',
    },
  ]);
});

test('the same model and date give the same bytes', async () => {
  const again = await formsWorkbook(fillForms(model), formFrame(model), STAMP);
  expect(again.equals(bytes)).toBe(true);
});
