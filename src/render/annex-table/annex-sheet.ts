import type ExcelJS from 'exceljs';
import { headingCells } from '../forms/heading-cells';
import { landscapePrint } from '../forms/landscape-print';
import { rowHeight } from '../forms/row-height';
import { isBold, type AnnexTable } from '../../annexes/annex-column';
import { SharedStyles } from '../forms/shared-styles';

const FONT = 'Times New Roman';
const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/** The lines above a group's table. */
export interface AnnexSheetText {
  readonly title: string;
  readonly attachedTo: string;
  readonly note: string;
  /** How to read the table's marks, in small italics; none when null. */
  readonly legend: string | null;
  readonly groupHeading: string;
}

/** A line of text across the sheet's columns, sized to its wrapped height. */
function line(
  ws: ExcelJS.Worksheet,
  row: number,
  n: number,
  text: string,
  style: Partial<ExcelJS.Style>,
  chars: number,
  size = 12,
) {
  ws.mergeCells(row, 1, row, n);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.style = {
    font: { name: FONT, size, ...style.font },
    alignment: { vertical: 'middle', wrapText: true, horizontal: 'center', ...style.alignment },
  };
  ws.getRow(row).height = rowHeight([{ text, width: (chars * 12) / size }], (size * 5) / 4);
}

/**
 * A group's annex table as a printable sheet: the annex heading, the reading date, the group's
 * name, merged headings, then one row per table row, bold where the table says so. A4
 * landscape, one page wide, headings repeated on every printed page, panes frozen below the
 * headings and right of the names.
 */
export function writeAnnexSheet<R>(
  ws: ExcelJS.Worksheet,
  t: AnnexTable<R>,
  text: AnnexSheetText,
): void {
  const { columns } = t;
  const n = columns.length;
  const chars = columns.reduce((s, c) => s + c.chars, 0);
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.chars));
  let r = 1;
  line(ws, r++, n, 'Phụ lục', { font: { bold: true } }, chars, 13);
  line(ws, r++, n, text.title, { font: { bold: true } }, chars, 13);
  line(ws, r++, n, text.attachedTo, { font: { italic: true } }, chars);
  line(ws, r++, n, text.note, { font: { italic: true } }, chars);
  if (text.legend) line(ws, r++, n, text.legend, { font: { italic: true } }, chars, 11);
  line(
    ws,
    r++,
    n,
    text.groupHeading,
    { font: { bold: true }, alignment: { horizontal: 'left' } },
    chars,
  );
  const top = r;
  const { depth, cells } = headingCells(columns);
  for (const h of cells) {
    if (h.bottom > h.top || h.right > h.left)
      ws.mergeCells(top + h.top, h.left + 1, top + h.bottom, h.right + 1);
    ws.getCell(top + h.top, h.left + 1).value = h.text;
  }
  for (let level = 0; level < depth; level++) {
    const own = cells.filter((h) => h.top === level && h.bottom === level);
    const width = (h: (typeof cells)[number]) =>
      columns.slice(h.left, h.right + 1).reduce((w, c) => w + c.chars, 0);
    ws.getRow(top + level).height = rowHeight(own.map((h) => ({ text: h.text, width: width(h) })));
  }
  const last = top + depth - 1;
  for (let row = top; row <= last; row++)
    for (let c = 1; c <= n; c++)
      ws.getCell(row, c).style = {
        font: { name: FONT, size: 11, bold: true },
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
        border: BORDER,
      };
  const sheetRow = t.rows.map((_, i) => last + 1 + i);
  const styles = new SharedStyles();
  t.rows.forEach((row, i) => {
    columns.forEach((c, k) => {
      const cell = ws.getCell(sheetRow[i]!, k + 1);
      const value = c.value(row);
      cell.value = value;
      const bold = isBold(t, c, row);
      const numFmt = typeof value === 'number' ? c.numFmt : undefined;
      cell.style = styles.of(`${bold}|${c.align}|${numFmt}`, value, () => ({
        font: { name: FONT, size: 11, bold },
        alignment: { horizontal: c.align, vertical: 'middle' },
        border: BORDER,
        numFmt,
      }));
    });
  });
  landscapePrint(ws, top, last);
}
