import type ExcelJS from 'exceljs';
import type { FormTable } from '../../forms';
import type { FormFrame } from '../../forms/form-frame';
import { columnNeed } from '../annex/fit-widths';
import { headingCells } from './heading-cells';
import { rowHeight } from './row-height';
import { landscapePrint } from './landscape-print';
import { columnLetters } from '../../ooxml/cell-address';
import { SharedStyles } from './shared-styles';

// Vietnamese separators whatever the reader's locale: [$-42A] is the vi-VN locale code.
const NUMBER_FORMAT = '[$-42A]#,##0';
const FONT = 'Times New Roman';
const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * A column's width in the sheet's units (the width of a "0" in the default Calibri 11, 1.85 mm
 * printed): the form's characters, or more when its widest value or heading needs `needMm`.
 */
const sheetWidth = (chars: number, needMm: number) =>
  Math.max(chars, Math.ceil((needMm / 1.85) * 2) / 2 + 1);

function line(
  ws: ExcelJS.Worksheet,
  row: number,
  from: number,
  to: number,
  text: string,
  style: Partial<ExcelJS.Style>,
) {
  if (to > from) ws.mergeCells(row, from, row, to);
  const cell = ws.getCell(row, from);
  cell.value = text;
  cell.style = {
    font: { name: FONT, size: 12, ...style.font },
    alignment: { vertical: 'middle', wrapText: true, ...style.alignment },
  };
}

/**
 * One form as a printable sheet: frame lines, merged headings, the column-number row, data rows
 * with subtotal and total formulas (cached results supplied), notes and the signature block.
 * Returns the sheet row of each table row, for the verify step.
 */
export function writeFormSheet(
  ws: ExcelJS.Worksheet,
  table: FormTable,
  frame: FormFrame,
): number[] {
  const cols = table.form.columns;
  const n = cols.length;
  const half = Math.ceil(n / 2);
  // At least the form's width, wider where a value or a heading word needs it (issue 16).
  cols.forEach(
    (c, i) => (ws.getColumn(i + 1).width = sheetWidth(c.width, columnNeed(c, table.rows))),
  );
  line(ws, 1, 1, half - 1, table.form.fullCode, { font: { bold: true } });
  line(ws, 1, half, n, frame.reporter, { alignment: { horizontal: 'right' } });
  line(ws, 2, half, n, frame.receiver, { alignment: { horizontal: 'right' } });
  line(ws, 3, 1, n, table.form.title, {
    font: { bold: true, size: 13 },
    alignment: { horizontal: 'center' },
  });
  ws.getRow(3).height = 34;
  line(ws, 4, 1, n, frame.period, { font: { italic: true }, alignment: { horizontal: 'center' } });
  line(ws, 5, 1, n, `Đơn vị tính: ${table.form.unit}`, {
    font: { italic: true },
    alignment: { horizontal: 'right' },
  });
  const top = 6;
  const { depth, cells } = headingCells(cols);
  for (const h of cells) {
    if (h.bottom > h.top || h.right > h.left)
      ws.mergeCells(top + h.top, h.left + 1, top + h.bottom, h.right + 1);
    const cell = ws.getCell(top + h.top, h.left + 1);
    cell.value = h.text;
  }
  for (let level = 0; level < depth; level++) {
    const own = cells.filter((h) => h.top === level && h.bottom === level);
    const width = (h: (typeof cells)[number]) =>
      cols.slice(h.left, h.right + 1).reduce((w, c) => w + c.width, 0);
    ws.getRow(top + level).height = rowHeight(own.map((h) => ({ text: h.text, width: width(h) })));
  }
  const numbersRow = top + depth;
  cols.forEach((c, i) => (ws.getCell(numbersRow, i + 1).value = `(${c.number})`));
  for (let r = top; r <= numbersRow; r++)
    for (let c = 1; c <= n; c++)
      ws.getCell(r, c).style = {
        font: { name: FONT, size: 11, bold: r < numbersRow, italic: r === numbersRow },
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
        border: BORDER,
      };
  const first = numbersRow + 1;
  const sheetRow = table.rows.map((_, i) => first + i);
  const styles = new SharedStyles();
  table.rows.forEach((row, i) => {
    const bold = row.kind !== 'item';
    const texts = cols
      .filter((c) => typeof row.cells[c.number] === 'string')
      .map((c) => ({ text: String(row.cells[c.number]), width: c.width }));
    ws.getRow(sheetRow[i]!).height = rowHeight(texts);
    cols.forEach((c, k) => {
      const cell = ws.getCell(sheetRow[i]!, k + 1);
      const value = row.cells[c.number] ?? null;
      if (c.kind === 'number' && row.sumOf && row.sumOf.length > 0) {
        const refs = row.sumOf.map((j) => `${columnLetters(k + 1)}${sheetRow[j]}`);
        const contiguous = row.sumOf.every((j, m) => m === 0 || j === row.sumOf![m - 1]! + 1);
        const formula =
          contiguous && refs.length > 2
            ? `SUM(${refs[0]}:${refs[refs.length - 1]})`
            : refs.join('+');
        cell.value = { formula, result: Number(value ?? 0) };
      } else cell.value = value;
      const right = c.kind === 'number' || c.kind === 'index';
      cell.style = styles.of(`${bold}|${c.kind}`, cell.value, () => ({
        font: { name: FONT, size: 11, bold },
        alignment: {
          horizontal: c.kind === 'index' ? 'center' : right ? 'right' : 'left',
          vertical: 'middle',
          wrapText: true,
          // A text starts one character in, off the figure that ends at the border before it.
          ...(right ? {} : { indent: 1 }),
        },
        border: BORDER,
        numFmt: c.kind === 'number' ? NUMBER_FORMAT : undefined,
      }));
    });
  });
  let r = first + table.rows.length + 1;
  const fullWidth = cols.reduce((w, c) => w + c.width, 0);
  for (const note of table.notes) {
    ws.getRow(r).height = rowHeight([{ text: note, width: fullWidth }]);
    line(ws, r++, 1, n, note, {});
  }
  r++;
  line(ws, r, half, n, frame.placeDate, {
    font: { italic: true },
    alignment: { horizontal: 'center' },
  });
  line(ws, r + 1, 1, half - 1, frame.preparer, {
    font: { bold: true },
    alignment: { horizontal: 'center' },
  });
  if (frame.preparerName)
    line(ws, r + frame.signer.length + 3, 1, half - 1, frame.preparerName, {
      font: { bold: true },
      alignment: { horizontal: 'center' },
    });
  frame.signer.forEach((s, i) => {
    const isName = i === frame.signer.length - 1;
    line(ws, r + 1 + i + (isName ? 3 : 0), half, n, s, {
      font: { bold: true },
      alignment: { horizontal: 'center' },
    });
  });
  landscapePrint(ws, top, numbersRow);
  return sheetRow;
}
