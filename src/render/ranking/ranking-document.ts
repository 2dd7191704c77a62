import type { RankingAnnex, RankingRow } from '../../compute/ranking-annex';
import type { ReportModel } from '../../compute/report-model';
import { rankingAnnexTable } from '../../annexes/ranking-columns';
import type { AnnexDocument } from '../annex-table/annex-document';
import type { DocumentFrame } from '../../compute/document-frame';
import { attachedToLine } from '../../phrase/attached-to';
import { changeLegend, rankingTitle, readingNote } from './ranking-text';

/**
 * The ranking annex's heading lines and a table per group, the province's line on top; `frame`
 * is the document it is attached to (the letter's, with its number and date).
 */
export function rankingDocument(
  model: ReportModel,
  annex: RankingAnnex,
  frame: DocumentFrame,
): AnnexDocument<RankingRow> {
  return {
    title: rankingTitle(model),
    // "(Kèm theo Văn bản số      /UBND-HCC ngày      tháng 8 năm 2025 của UBND tỉnh Lào Cai)".
    attachedTo: attachedToLine(frame, model.province.name, 'Văn bản'),
    note: readingNote(annex),
    legend: changeLegend(annex),
    groups: annex.tables.map((t) => ({
      group: t.group,
      table: rankingAnnexTable(t, annex.previousAsOf, annex.setId),
    })),
  };
}
