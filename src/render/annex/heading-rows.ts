import type { FormColumn } from '../../forms';
import { wrappedLines } from '../../format';
import { paragraph } from '../docx/paragraph';
import { run } from '../docx/run';
import type { TableCell, TableRow } from '../docx/table';
import { headingCells, type HeadingCell } from '../forms/heading-cells';

// A line of 11 pt Times (Liberation Serif) set single, with room to spare: LibreOffice's lines
// measured on the PDF are 1.15 em, and a merged cell also loses a little to the borders.
const LINE = 11 * 1.2;
const SLACK = 4;
// The cell margins left and right (57 twips each, 1 mm) and a little for rounding.
const CELL_PADDING = 2.5;

/**
 * The least height (points) of each heading row, so that every merged cell holds its text:
 * a cell's lines in its width, the rows it spans sharing them, a shortfall added to its last
 * row. LibreOffice sizes a repeated heading on a continuation page from its rows alone, so a
 * cell merged down through rows shorter than its text loses its last lines there ("tác
 * động", "về TTHC"): with these heights the rows are tall enough on every page.
 */
export function headingHeights(
  cells: readonly HeadingCell[],
  depth: number,
  widths: readonly number[],
): number[] {
  const heights = Array.from({ length: depth }, () => 0);
  const need = (c: HeadingCell) => {
    const width = widths.slice(c.left, c.right + 1).reduce((a, b) => a + b, 0) - CELL_PADDING;
    return wrappedLines(c.text, { size: 11, bold: true }, width) * LINE + SLACK;
  };
  // One-row cells first, then taller spans over the heights the rows already have.
  const bySpan = [...cells].sort((a, b) => a.bottom - a.top - (b.bottom - b.top));
  for (const c of bySpan) {
    const have = heights.slice(c.top, c.bottom + 1).reduce((a, b) => a + b, 0);
    const short = need(c) - have;
    if (short > 0) heights[c.bottom]! += short;
  }
  return heights;
}

/**
 * Nested headings as Word rows: each merged rectangle of `headingCells` becomes a cell spanning
 * its columns and, when it reaches down, a vertical merge; each row at least as tall as its
 * cells' text needs in the columns' `widths` (mm). The rows repeat on every page.
 */
export function mergedHeadingRows(
  columns: readonly Pick<FormColumn, 'heading'>[],
  widths: readonly number[],
): TableRow[] {
  const { depth, cells } = headingCells(columns);
  const heights = headingHeights(cells, depth, widths);
  const rows: TableRow[] = [];
  for (let level = 0; level < depth; level++) {
    const row: TableCell[] = [];
    let at = 0;
    while (at < columns.length) {
      const h = cells.find((c) => c.left === at && c.top <= level && level <= c.bottom);
      if (!h) throw new Error(`heading block has a hole at row ${level}, column ${at}`);
      const starts = h.top === level;
      row.push({
        content: paragraph(starts ? run(h.text, { bold: true }) : '', { style: 'Bang' }),
        span: h.right - h.left + 1,
        vMerge: h.bottom > h.top ? (starts ? 'restart' : 'continue') : undefined,
        vAlign: 'center',
      });
      at = h.right + 1;
    }
    rows.push({ cells: row, header: true, minHeight: heights[level] });
  }
  return rows;
}

/**
 * The heading block of a form table: the merged headings, then the row of column numbers
 * "(1)", "(2)", …, all repeated at the top of every page.
 */
export function headingRows(columns: readonly FormColumn[], widths: readonly number[]): TableRow[] {
  const rows = mergedHeadingRows(columns, widths);
  const numbers = columns.map((c) => ({
    content: paragraph(run(`(${c.number})`, { italic: true }), { style: 'Bang' }),
    vAlign: 'center' as const,
  }));
  rows.push({ cells: numbers, header: true });
  return rows;
}
