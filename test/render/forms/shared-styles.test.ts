// Table cells that look alike share one style object (src/render/forms/shared-styles.ts), so
// that exceljs does not write each cell's style out to find it among the workbook's styles.
// The workbook must be the one a fresh object per cell gives, byte for byte, even where a
// number, a text, a date and an empty cell share a key: exceljs gives a number without a
// format "General" and a date "mm-dd-yy", and keeps the first answer for the object.
import type ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { SharedStyles } from '../../../src/render/forms/shared-styles';
import { excelJs } from '../../../src/tools/exceljs';

const VALUES: ExcelJS.CellValue[] = [
  7,
  'Sở Tư pháp',
  null,
  { formula: 'A1+1', result: 8 },
  'Xã Tằng Loỏng',
  12.5,
  { formula: 'A1&"x"', result: 'x' },
  new Date(Date.UTC(2026, 2, 14)),
];

const styleOf = (bold: boolean, numFmt?: string): Partial<ExcelJS.Style> => ({
  font: { name: 'Times New Roman', size: 11, bold },
  alignment: { horizontal: 'left', vertical: 'middle' },
  border: { top: { style: 'thin' }, bottom: { style: 'thin' } },
  numFmt,
});

/** The parts of a workbook with one table of VALUES, styled as `style` gives each cell. */
async function parts(
  style: (
    bold: boolean,
    numFmt: string | undefined,
    v: ExcelJS.CellValue,
  ) => Partial<ExcelJS.Style>,
): Promise<Map<string, string>> {
  const wb = new (excelJs().Workbook)();
  wb.created = wb.modified = new Date(Date.UTC(2026, 2, 14));
  const ws = wb.addWorksheet('Biểu');
  VALUES.forEach((v, r) =>
    [false, true].forEach((bold, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      cell.style = style(bold, c === 1 && typeof v === 'number' ? '#,##0' : undefined, v);
    }),
  );
  const zip = new PizZip(Buffer.from(await wb.xlsx.writeBuffer()));
  return new Map(
    Object.keys(zip.files)
      .filter((n) => n.startsWith('xl/') && n.endsWith('.xml'))
      .map((n) => [n, zip.file(n)!.asText()]),
  );
}

test('cells with the same key and the same kind of value get the same object', () => {
  const styles = new SharedStyles();
  const a = styles.of('x', 1, () => styleOf(false));
  expect(styles.of('x', 2.5, () => styleOf(false))).toBe(a);
  expect(styles.of('x', { formula: 'A1', result: 3 }, () => styleOf(false))).toBe(a);
  // A text or an empty cell, and a date, are filed otherwise by exceljs: objects of their own.
  const text = styles.of('x', 'Sở', () => styleOf(false));
  expect(text).not.toBe(a);
  expect(styles.of('x', null, () => styleOf(false))).toBe(text);
  const date = styles.of('x', new Date(), () => styleOf(false));
  expect([a, text]).not.toContain(date);
  expect(styles.of('y', 1, () => styleOf(true))).not.toBe(a);
});

test('the workbook is the one a fresh style object per cell gives', async () => {
  const fresh = await parts((bold, numFmt) => styleOf(bold, numFmt));
  const styles = new SharedStyles();
  const shared = await parts((bold, numFmt, v) =>
    styles.of(`${bold}|${numFmt}`, v, () => styleOf(bold, numFmt)),
  );
  expect([...shared.keys()].sort()).toEqual([...fresh.keys()].sort());
  for (const [name, xml] of fresh) expect([name, shared.get(name)]).toEqual([name, xml]);
  // The check can tell: one object whatever the value gives the date the number's style.
  const one = styleOf(false);
  const careless = await parts((bold, numFmt) => (bold || numFmt ? styleOf(bold, numFmt) : one));
  expect(careless.get('xl/styles.xml')).not.toBe(fresh.get('xl/styles.xml'));
});
