import type { FormColumn } from '../../forms';
import { paragraph } from '../docx/paragraph';
import { run } from '../docx/run';
import type { TableCell, TableRow } from '../docx/table';
import { headingCells } from '../forms/heading-cells';

/**
 * Nested headings as Word rows: each merged rectangle of `headingCells` becomes a cell spanning
 * its columns and, when it reaches down, a vertical merge. The rows repeat on every page.
 */
export function mergedHeadingRows(columns: readonly Pick<FormColumn, 'heading'>[]): TableRow[] {
  const { depth, cells } = headingCells(columns);
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
    rows.push({ cells: row, header: true });
  }
  return rows;
}

/**
 * The heading block of a form table: the merged headings, then the row of column numbers
 * "(1)", "(2)", …, all repeated at the top of every page.
 */
export function headingRows(columns: readonly FormColumn[]): TableRow[] {
  const rows = mergedHeadingRows(columns);
  const numbers = columns.map((c) => ({
    content: paragraph(run(`(${c.number})`, { italic: true }), { style: 'Bang' }),
    vAlign: 'center' as const,
  }));
  rows.push({ cells: numbers, header: true });
  return rows;
}
