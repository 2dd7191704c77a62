import type { RankingRow } from '../../compute/ranking-annex';
import type { ReportModel } from '../../compute/report-model';
import type { AnnexDocument } from '../annex-table/annex-document';
import { rankingAnnexTable } from './ranking-columns';
import { changeLegend, rankingAttachedTo, rankingTitle, readingNote } from './ranking-text';
import { requireRankingAnnex } from './require-ranking-annex';

/** The ranking annex's heading lines and a table per group, the province's line on top. */
export function rankingDocument(model: ReportModel): AnnexDocument<RankingRow> {
  const annex = requireRankingAnnex(model);
  return {
    title: rankingTitle(model),
    attachedTo: rankingAttachedTo(model),
    note: readingNote(annex),
    legend: changeLegend(annex),
    groups: annex.tables.map((t) => ({
      group: t.group,
      table: rankingAnnexTable(t, annex.previousAsOf),
    })),
  };
}
