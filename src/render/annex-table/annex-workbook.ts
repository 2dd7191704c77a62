import { storedWorkbook } from '../stored-workbook';
import type { AnnexDocument } from './annex-document';
import { writeAnnexSheet } from './annex-sheet';
import { groupHeading, sheetName } from '../../annexes/group-text';
import { excelJs } from '../../tools/exceljs';

/**
 * An annex of group tables as a workbook, one sheet per group ("Sở, ban, ngành", "Xã,
 * phường") printed like the forms workbook. `when` replaces every clock time in the file, so
 * the same data gives the same bytes.
 */
export async function annexWorkbook<R>(doc: AnnexDocument<R>, when: Date): Promise<Buffer> {
  const wb = new (excelJs().Workbook)();
  wb.creator = 'tthc';
  wb.created = when;
  wb.modified = when;
  doc.groups.forEach((g, i) =>
    writeAnnexSheet(wb.addWorksheet(sheetName(g.group)), g.table, {
      title: doc.title,
      attachedTo: doc.attachedTo,
      note: doc.note,
      legend: doc.legend,
      groupHeading: groupHeading(g.group, i),
    }),
  );
  return storedWorkbook(wb, when);
}
