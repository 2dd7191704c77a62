import type { FormColumn, FormTable } from '../../forms';
import { cellText } from '../../forms/cell-text';
import { textWidth, widestWord, type TextLook } from '../../format';
import { LANDSCAPE_TEXT_WIDTH } from '../../annexes/page';

/** Narrowest column, in millimetres: "STT" in bold 11 pt with the cell margins. */
export const MIN_COLUMN_WIDTH = 10;

/** The cell margins of a table (1 mm each side) and a millimetre for the reader's rounding. */
const CELL_PADDING = 3;

const CELL: TextLook = { size: 11 };
const BOLD: TextLook = { size: 11, bold: true };

/**
 * The least width (mm) a column needs: its widest figure on one line, bold in the total rows
 * (a figure never wraps), the widest word of a text (the whole text for `oneLine`), the widest
 * word of its own heading in bold and its number "(n)".
 */
export function columnNeed(column: FormColumn, rows: FormTable['rows']): number {
  const own = column.heading[column.heading.length - 1] ?? '';
  const values = rows.map((r) => {
    const text = cellText(r.cells[column.number]);
    const look = r.kind === 'item' ? CELL : BOLD;
    const whole = column.kind === 'number' || column.kind === 'index' || column.oneLine;
    return whole ? textWidth(text, look) : widestWord(text, look);
  });
  return (
    Math.max(
      widestWord(own, BOLD),
      textWidth(`(${column.number})`, { size: 11, italic: true }),
      ...values,
    ) + CELL_PADDING
  );
}

/** Widths in proportion to the forms' character widths, no column under `MIN_COLUMN_WIDTH`. */
function proportional(columns: readonly FormColumn[], total: number): number[] {
  const chars = columns.reduce((s, c) => s + c.width, 0);
  const narrow = columns.map((c) => (c.width * total) / chars < MIN_COLUMN_WIDTH);
  const fixed = narrow.filter(Boolean).length * MIN_COLUMN_WIDTH;
  const rest = columns.reduce((s, c, i) => s + (narrow[i] ? 0 : c.width), 0);
  return columns.map((c, i) => (narrow[i] ? MIN_COLUMN_WIDTH : (c.width * (total - fixed)) / rest));
}

/**
 * Column widths in millimetres filling `total`: the forms' proportions, then every column
 * narrower than its widest value and heading (`columnNeed`) widened to it, the room taken from
 * the columns that have more than they need, in proportion to what they can spare. The sample's
 * figures fit their proportions, so their widths do not move; a city's yearly totals
 * ("1.669.536" in bold) widen the figure columns at the expense of the unit names.
 */
export function fitWidths(table: FormTable, total = LANDSCAPE_TEXT_WIDTH): number[] {
  const columns = table.form.columns;
  const base = proportional(columns, total);
  const need = columns.map((c) => columnNeed(c, table.rows));
  const short = base.reduce((s, w, i) => s + Math.max(0, need[i]! - w), 0);
  if (short === 0) return base;
  const spare = base.map((w, i) => Math.max(0, w - need[i]!));
  const spareTotal = spare.reduce((a, b) => a + b, 0);
  // Not enough room on the page: every column at its need, the table wider than the text.
  if (spareTotal <= short) return base.map((w, i) => Math.max(w, need[i]!));
  return base.map((w, i) => (need[i]! > w ? need[i]! : w - (spare[i]! / spareTotal) * short));
}
