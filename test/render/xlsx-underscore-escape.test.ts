import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { withOfficeProperties } from '../../src/render/office-properties';
import { escapeUnderscoreX } from '../../src/render/xlsx-underscore-escape';

test('"_x" that could start an escaped character is escaped, nothing else', () => {
  expect(escapeUnderscoreX('<t>tt_xa_cong_chuc_cu</t>')).toBe('<t>tt_x005F_xa_cong_chuc_cu</t>');
  expect(escapeUnderscoreX('<t>a_x000A_b _xBEEF_</t>')).toBe(
    '<t>a_x005F_x000A_b _x005F_xBEEF_</t>',
  );
  // Not hex, more than four digits, no closing underscore: read as written already.
  for (const plain of ['<t>tt_xz_a</t>', '<t>_x12345_</t>', '<t>ma_xa</t>', '<t>x_phuong</t>'])
    expect(escapeUnderscoreX(plain)).toBe(plain);
});

test('a workbook keeps "tt_xa_cong_chuc_cu" as written, in its cells and its notes', async () => {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('SoLieu');
  sheet.getCell('A2').value = 'tt_xa_cong_chuc_cu';
  sheet.getCell('B2').value = 5;
  sheet.getCell('B2').note = 'Mã cột: tt_xa_cong_chuc_cu';
  const bytes = withOfficeProperties(Buffer.from(await wb.xlsx.writeBuffer()), {
    title: 'Dữ liệu',
    author: 'tthc',
    created: new Date(Date.UTC(2026, 0, 1)),
  });
  // Escaped in the file, for LibreOffice, which reads "_xa_" as a line feed…
  const zip = new PizZip(bytes);
  expect(zip.file('xl/sharedStrings.xml')!.asText()).toContain('tt_x005F_xa_cong_chuc_cu');
  expect(zip.file('xl/comments1.xml')!.asText()).toContain('tt_x005F_xa_cong_chuc_cu');
  // …and read back as written by the tool's own reader.
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(back.getWorksheet('SoLieu')!.getCell('A2').value).toBe('tt_xa_cong_chuc_cu');
  const note = back.getWorksheet('SoLieu')!.getCell('B2').note;
  const text = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
  expect(text).toBe('Mã cột: tt_xa_cong_chuc_cu');
});
