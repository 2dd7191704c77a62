import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { cellAddress } from '../../src/ooxml/cell-address';
import { readXlsxCells } from '../../src/ooxml/xlsx-cells';

// The read-back of the workbooks reads them with our own zip and XML readers (not with exceljs,
// which wrote them). Each value below is written by exceljs and checked against what was put
// in, by hand.

async function book(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Xã, phường');
  ws.getCell('A1').value = 'Số TT';
  ws.getCell('B1').value = 12.5;
  ws.getCell('C1').value = { formula: 'B1*2', result: 25 };
  ws.getCell('D1').value = { formula: 'B1-B1', result: 0 };
  ws.getCell('E1').value = true;
  ws.getCell('F1').value = {
    richText: [{ text: 'Xã ' }, { text: 'Tằng Loỏng', font: { bold: true } }],
  };
  ws.getCell('A3').value = 7;
  ws.getCell('A3').numFmt = '0';
  ws.getCell('B3').value = 82.16;
  ws.getCell('B3').numFmt = '0.00';
  ws.getCell('C3').value = 1.5;
  ws.getCell('C3').numFmt = '+0.00;-0.00;0.00';
  ws.getCell('C3').font = { bold: true };
  ws.getCell('AB4').value = 'xa';
  wb.addWorksheet('Trống');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('values as the file stores them: numbers, text, formulas by their result, rich text joined', async () => {
  const ws = readXlsxCells(await book()).sheet('Xã, phường')!;
  expect(ws.cell(1, 1).value).toBe('Số TT');
  expect(ws.cell(1, 2).value).toBe(12.5);
  expect(ws.cell(1, 3).value).toBe(25);
  expect(ws.cell(1, 4).value).toBe(0);
  expect(ws.cell(1, 5).value).toBe(true);
  expect(ws.cell(1, 6).value).toBe('Xã Tằng Loỏng');
  expect(ws.cell(4, 28).value).toBe('xa');
  // A cell the file does not have, on a row it has or not.
  expect(ws.cell(1, 9).value).toBeNull();
  expect(ws.cell(2, 1).value).toBeNull();
  expect(ws.rows).toEqual([1, 3, 4]);
});

test('boldness and number formats: built-in by id, the workbook’s own by code', async () => {
  const ws = readXlsxCells(await book()).sheet('Xã, phường')!;
  expect(ws.cell(3, 1)).toEqual({ value: 7, bold: false, numFmt: '0' });
  expect(ws.cell(3, 2)).toEqual({ value: 82.16, bold: false, numFmt: '0.00' });
  expect(ws.cell(3, 3)).toEqual({ value: 1.5, bold: true, numFmt: '+0.00;-0.00;0.00' });
  expect(ws.cell(1, 2).numFmt).toBeUndefined();
});

test('sheets by name: an empty one has no rows, an unknown one is null', async () => {
  const wb = readXlsxCells(await book());
  expect(wb.sheet('Trống')!.rows).toEqual([]);
  expect(wb.sheet('Không có')).toBeNull();
});

test('a formula whose file holds no result reads 0; a cell without a reference follows the one before', () => {
  const zip = new PizZip();
  const S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
  zip.file(
    '_rels/.rels',
    `<Relationships xmlns="${REL}"><Relationship Id="r1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="${S}" xmlns:r="${R}"><sheets><sheet name="HoSo" sheetId="1" r:id="a"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="${REL}"><Relationship Id="a" Type="${R}/worksheet" Target="worksheets/s.xml"/></Relationships>`,
  );
  zip.file(
    'xl/worksheets/s.xml',
    `<worksheet xmlns="${S}"><sheetData><row r="2"><c r="B2"><f>1+1</f></c><c t="inlineStr"><is><t>sau</t></is></c></row><row><c><v>5</v></c></row></sheetData></worksheet>`,
  );
  const ws = readXlsxCells(zip.generate({ type: 'nodebuffer' })).sheet('HoSo')!;
  expect(ws.cell(2, 2).value).toBe(0);
  expect(ws.cell(2, 3).value).toBe('sau');
  expect(ws.cell(3, 1).value).toBe(5);
  expect(ws.cell(3, 1).bold).toBe(false);
});

test('a Word file or no zip at all is no workbook', () => {
  const zip = new PizZip();
  zip.file('word/document.xml', '<w:document xmlns:w="x"/>');
  expect(() => readXlsxCells(zip.generate({ type: 'nodebuffer' }))).toThrow('not a workbook');
  expect(() => readXlsxCells(Buffer.from('khong phai zip'))).toThrow('not a workbook');
});

test('cell addresses past Z', () => {
  expect([cellAddress(1, 1), cellAddress(9, 26), cellAddress(10, 27), cellAddress(4, 28)]).toEqual([
    'A1',
    'Z9',
    'AA10',
    'AB4',
  ]);
  expect(cellAddress(1, 702)).toBe('ZZ1');
  expect(cellAddress(1, 703)).toBe('AAA1');
});
