import type { FormTable } from '../../forms';
import type { FormFrame } from '../../forms/form-frame';
import { paragraph } from '../docx/paragraph';
import { table } from '../docx/table';
import { dataRow } from './data-row';
import { fitWidths } from './fit-widths';
import { formFoot } from './form-foot';
import { formTop } from './form-top';
import { headingRows } from './heading-rows';

/**
 * One form of the annex, from the same `FormTable` as the workbook sheet. `newPage` starts it
 * on a page of its own (every form but the first, which follows the annex heading).
 * `carryFrom` (a row index) starts a new page at that row, the heading rows repeated above it:
 * for the PDF only, when LibreOffice left the signatures alone on a page (see
 * render/pdf/lone-signatures.ts), so the last rows and the total go over with them.
 */
export function formBody(
  t: FormTable,
  frame: FormFrame,
  newPage: boolean,
  carryFrom?: number,
): string {
  const cols = t.form.columns;
  const widths = fitWidths(t);
  const rows = t.rows.map((r, i) => dataRow(r, cols, i >= t.rows.length - 2));
  const grid = (part: typeof rows) =>
    table({ widths, borders: true, rows: [...headingRows(cols, widths), ...part] });
  const split = carryFrom !== undefined && carryFrom > 0 && carryFrom < rows.length;
  const tables = split
    ? grid(rows.slice(0, carryFrom)) + pageBreak() + grid(rows.slice(carryFrom))
    : grid(rows);
  return (newPage ? pageBreak() : '') + formTop(t, frame) + tables + formFoot(t, frame);
}

// A table cannot carry the page break itself; a one-point paragraph does, unseen.
const pageBreak = () => paragraph('', { style: 'Khung', pageBreakBefore: true, markSize: 1 });
