import type { GroupScores, Index766Model } from '../compute/index-766';
import { GROUP_KEYS, INDICATOR_SETS } from '../contract/indicator-sets';
import { formatDateNumeric, formatNumber, provinceMention } from '../format';
import { comparisonClause } from './comparison-clause';

/** Footnote marks to place in the paragraph: after the clause and after some groups' scores. */
export type StatisticsMarks = Partial<Record<'comparison' | keyof GroupScores, string>>;

/**
 * The statistics paragraph of an index-766 letter (seed 000): date, rank among the provinces
 * (left out when not known), score, the clause comparing with the previous reading, then each
 * group of the indicator set in force, in its order, out of its maximum. Marks become "[^key]"
 * footnote references of the letter body.
 */
export function statisticsParagraph(
  index: Index766Model,
  provinceName: string,
  marks: StatisticsMarks = {},
): string | null {
  const p = index.province;
  const set = INDICATOR_SETS.find((s) => s.id === index.setId);
  if (!p || !set) return null;
  const mark = (k: keyof StatisticsMarks) => (marks[k] ? `[^${marks[k]}]` : '');
  const clause = p.comparison
    ? `, ${comparisonClause(p.comparison.scoreTrend, p.comparison.rankTrend)}${mark('comparison')}`
    : '';
  const groups = set.groups
    .map((g) => {
      const key = GROUP_KEYS[g.column];
      return `${g.letterName} đạt ${formatNumber(p.scores[key] ?? 0)}/${g.max} điểm${mark(key)}`;
    })
    .join(', ');
  const rank = p.rank === null ? '' : ` xếp thứ ${p.rank}/${p.of} tỉnh, thành phố,`;
  return (
    `Tính đến ngày ${formatDateNumeric(index.asOf)}, ${provinceMention(provinceName)}${rank} ` +
    `đạt ${formatNumber(p.total)} điểm${clause} (${groups}) trên Bộ chỉ số phục vụ người dân và doanh nghiệp.`
  );
}
