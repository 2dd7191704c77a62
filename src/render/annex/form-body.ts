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
 */
export function formBody(t: FormTable, frame: FormFrame, newPage: boolean): string {
  const cols = t.form.columns;
  const widths = fitWidths(t);
  const grid = table({
    widths,
    borders: true,
    rows: [
      ...headingRows(cols, widths),
      ...t.rows.map((r, i) => dataRow(r, cols, i >= t.rows.length - 2)),
    ],
  });
  // A table cannot carry the page break itself; a one-point paragraph does, unseen.
  const pageBreak = newPage
    ? paragraph('', { style: 'Khung', pageBreakBefore: true, markSize: 1 })
    : '';
  return pageBreak + formTop(t, frame) + grid + formFoot(t, frame);
}
