import type { FormTable } from '../../forms';
import type { FormFrame } from '../../forms/form-frame';
import { storedWorkbook } from '../stored-workbook';
import { writeFormSheet } from './form-sheet';
import { excelJs } from '../../tools/exceljs';

/**
 * The forms workbook, one sheet per form named by its code. `stampedAt` (the report date)
 * replaces every clock time in the file so the same data gives the same bytes.
 */
export async function formsWorkbook(
  tables: readonly FormTable[],
  frame: FormFrame,
  stampedAt: Date,
): Promise<Buffer> {
  const wb = new (excelJs().Workbook)();
  wb.creator = 'tthc';
  wb.created = stampedAt;
  wb.modified = stampedAt;
  for (const t of tables) writeFormSheet(wb.addWorksheet(t.form.code), t, frame);
  return storedWorkbook(wb, stampedAt);
}
