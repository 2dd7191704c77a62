import type { FormColumn } from '../../forms';

import { LANDSCAPE_TEXT_WIDTH } from '../../annexes/page';

/** Narrowest column, in millimetres: "STT" in bold 11 pt with the cell margins. */
export const MIN_COLUMN_WIDTH = 10;

/**
 * Column widths in millimetres filling `total`, in proportion to the forms' character widths,
 * except that no column is narrower than `MIN_COLUMN_WIDTH` (the others give up the room).
 */
export function fitWidths(columns: readonly FormColumn[], total = LANDSCAPE_TEXT_WIDTH): number[] {
  const chars = columns.reduce((s, c) => s + c.width, 0);
  const narrow = columns.map((c) => (c.width * total) / chars < MIN_COLUMN_WIDTH);
  const fixed = narrow.filter(Boolean).length * MIN_COLUMN_WIDTH;
  const rest = columns.reduce((s, c, i) => s + (narrow[i] ? 0 : c.width), 0);
  return columns.map((c, i) => (narrow[i] ? MIN_COLUMN_WIDTH : (c.width * (total - fixed)) / rest));
}
