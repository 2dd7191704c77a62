import ExcelJS from 'exceljs';
import type { ReportModel } from '../../compute/report-model';
import { stabilizeZipTimes } from '../stable-zip-times';
import { rankingColumns } from './ranking-columns';
import { writeRankingSheet } from './ranking-sheet';
import {
  changeLegend,
  groupHeading,
  rankingAttachedTo,
  rankingTitle,
  readingNote,
  sheetName,
} from './ranking-text';
import { requireRankingAnnex } from './require-ranking-annex';

/**
 * The index-766 ranking annex as a workbook, one sheet per group ("Sở, ban, ngành",
 * "Xã, phường") printed like the forms workbook. `when` replaces every clock time in the file,
 * so the same data gives the same bytes.
 */
export async function rankingAnnexWorkbook(model: ReportModel, when: Date): Promise<Buffer> {
  const annex = requireRankingAnnex(model);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tthc';
  wb.created = when;
  wb.modified = when;
  annex.tables.forEach((t, i) =>
    writeRankingSheet(
      wb.addWorksheet(sheetName(t.group)),
      t,
      rankingColumns(t.group, annex.previousAsOf),
      {
        title: rankingTitle(model),
        attachedTo: rankingAttachedTo(model),
        note: readingNote(annex),
        legend: changeLegend(annex),
        groupHeading: groupHeading(t.group, i),
      },
    ),
  );
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return stabilizeZipTimes(bytes, when);
}
