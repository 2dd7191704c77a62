/**
 * A national ranking annex: every commune of the 34 provinces (3,321 rows) ranked together.
 * The product's ranking annex is provincial, so the benchmark builds a model whose commune
 * group holds all communes of the 34 province models, re-ranked nationally (by descending
 * total, ties to the lower code) at both reading dates, and renders it with the product's
 * annex renderers and read-backs. Its title and "Kèm theo" line stay those of the first
 * province: the product has no national wording, and only the size matters here.
 */
import type { Comparison, RankedUnit } from '../../src/compute/index-766';
import type { ReportModel } from '../../src/compute/report-model';
import { rankTrend, scoreTrend } from '../../src/compute/trend';
import { withOfficeProperties } from '../../src/render/office-properties';

function comparison(
  unit: RankedUnit,
  rank: number,
  previousRank: number | null,
): Comparison | null {
  const prev = unit.comparison?.previous;
  if (!prev || previousRank === null) return null;
  return {
    previous: { ...prev, rank: previousRank },
    scoreChange: unit.comparison!.scoreChange,
    rankChange: previousRank - rank,
    scoreTrend: scoreTrend(unit.total, prev.total),
    rankTrend: rankTrend(rank, previousRank),
  };
}

/**
 * The first province's model with the communes of all of them ranked among each other.
 * `copies` > 1 repeats every commune under new codes ("…-2"), for a table ten times the
 * country's (issue 19's 33,210-row memory test).
 */
export function nationalModel(models: readonly ReportModel[], copies = 1): ReportModel {
  const first = models[0]!;
  const once = models.flatMap((m) => m.index766?.groups.xa_phuong ?? []);
  const all = Array.from({ length: copies }, (_, k) =>
    k === 0 ? once : once.map((u) => ({ ...u, unitId: `${u.unitId}-${k + 1}` })),
  ).flat();
  const rankBy = (score: (u: RankedUnit) => number | null) => {
    const ranked = all
      .filter((u) => score(u) !== null)
      .sort((a, b) => score(b)! - score(a)! || a.unitId.localeCompare(b.unitId));
    return new Map(ranked.map((u, i) => [u.unitId, i + 1]));
  };
  const now = rankBy((u) => u.total);
  const before = rankBy((u) => u.comparison?.previous.total ?? null);
  const communes = all
    .map((u) => {
      const rank = now.get(u.unitId)!;
      return {
        ...u,
        rank,
        of: all.length,
        comparison: comparison(u, rank, before.get(u.unitId) ?? null),
      };
    })
    .sort((a, b) => a.rank - b.rank);
  return {
    ...first,
    index766: { ...first.index766!, province: null, groups: { so_nganh: [], xa_phuong: communes } },
  };
}

/**
 * A file of the annex as a package holds it: with its Office properties, every part deflated
 * (render/office-properties.ts; the workbook renderer leaves its parts stored for that step).
 */
export function finishedFile(bytes: Buffer, when: Date): Buffer {
  return withOfficeProperties(bytes, { title: 'Xếp hạng quốc gia', author: 'tthc', created: when });
}
