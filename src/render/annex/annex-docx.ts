import type { ReportModel } from '../../compute/report-model';
import type { FormTable } from '../../forms';
import { formFrame } from '../../forms/form-frame';
import { docxBytes, docxZip } from '../docx/package';
import { annexHeading } from './annex-heading';
import { formBody } from './form-body';

/**
 * The Word annex of the statistical forms (phu-luc-bieu-mau.docx): A4 landscape, the annex
 * heading of Nghị định 30/2020, then each form on its own page with its table's heading rows
 * repeated on every page. `when` stamps the zip entries, so equal input gives equal bytes.
 * `carry` (form code → row index) is for the PDF only: see `formBody`.
 */
export function annexDocx(
  tables: readonly FormTable[],
  model: ReportModel,
  when: Date,
  carry: ReadonlyMap<string, number> = new Map(),
): Buffer {
  const frame = formFrame(model);
  const body =
    annexHeading(model) +
    tables.map((t, i) => formBody(t, frame, i > 0, carry.get(t.form.code))).join('');
  return docxBytes(docxZip({ body, orientation: 'landscape' }), when);
}
