import { rankingAnnex, type RankingAnnex } from '../../compute/ranking-annex';
import type { ReportModel } from '../../compute/report-model';

/** The ranking rows of a model that must have index-766 readings (the caller checked). */
export function requireRankingAnnex(model: ReportModel): RankingAnnex {
  const annex = rankingAnnex(model);
  if (!annex) throw new Error('the model has no index-766 readings for a ranking annex');
  return annex;
}
