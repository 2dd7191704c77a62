import type { RankingAnnex, RankingRow } from '../../compute/ranking-annex';
import type { ReportModel } from '../../compute/report-model';
import { rankingAnnexTable } from '../../annexes/ranking-columns';
import type { AnnexDocument } from '../annex-table/annex-document';
import { changeLegend, rankingAttachedTo, rankingTitle, readingNote } from './ranking-text';

/** The ranking annex's heading lines and a table per group, the province's line on top. */
export function rankingDocument(
  model: ReportModel,
  annex: RankingAnnex,
): AnnexDocument<RankingRow> {
  return {
    title: rankingTitle(model),
    attachedTo: rankingAttachedTo(model),
    note: readingNote(annex),
    legend: changeLegend(annex),
    groups: annex.tables.map((t) => ({
      group: t.group,
      table: rankingAnnexTable(t, annex.previousAsOf, annex.setId),
    })),
  };
}
