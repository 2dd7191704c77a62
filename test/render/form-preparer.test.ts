// The forms' footer names the preparer from ThongTin.nguoi_lap_bieu under "NGƯỜI LẬP BIỂU",
// and their period line is in lower case as the report's body writes it (issue 16).
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { SAMPLE_H1 } from '../helpers/load-sample';
import { packageFiles } from '../helpers/sample-package';

const paragraphs = (docx: Buffer) =>
  (
    new PizZip(docx)
      .file('word/document.xml')!
      .asText()
      .match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []
  ).map((p) =>
    (p.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''),
  );

test('Lai Châu: each form of the Word annex and the workbook names the preparer', async () => {
  const files = await packageFiles(SAMPLE_H1);
  const text = paragraphs(files.get('phu-luc-bieu-mau.docx')!);
  const headings = text.flatMap((p, i) => (p === 'NGƯỜI LẬP BIỂU' ? [i] : []));
  expect(headings.length).toBeGreaterThan(0);
  // data/lai-chau-2026-h1/ThongTin.csv: nguoi_lap_bieu,Lò Thị Hoa
  for (const at of headings) expect(text.slice(at + 1, at + 3)).toContain('Lò Thị Hoa');
  expect(text).toContain(
    'Kỳ báo cáo: 6 tháng đầu năm 2026 (từ ngày 15/12/2025 đến ngày 14/6/2026)',
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(files.get('bieu-mau.xlsx')! as unknown as ArrayBuffer);
  for (const ws of wb.worksheets) {
    const values: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => values.push(String(c.value))));
    expect([ws.name, values.includes('Lò Thị Hoa')]).toEqual([ws.name, true]);
  }
});
