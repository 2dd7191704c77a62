import type { GroupScores, Index766Model } from '../compute/index-766';
import { indexReadings } from '../contract/tables/index-766';
import { formatDateNumeric, formatNumber, provinceMention } from '../format';
import { comparisonClause } from './comparison-clause';

/** The five groups as letters name them (seed 000), with the column holding their maximum. */
const GROUPS: readonly { key: keyof GroupScores; label: string; column: string }[] = [
  { key: 'transparency', label: 'Công khai minh bạch', column: 'cong_khai_minh_bach' },
  { key: 'progress', label: 'Tiến độ giải quyết', column: 'tien_do_giai_quyet' },
  { key: 'onlineService', label: 'Dịch vụ công trực tuyến', column: 'dich_vu_cong_truc_tuyen' },
  { key: 'satisfaction', label: 'Mức độ hài lòng', column: 'muc_do_hai_long' },
  { key: 'digitisation', label: 'Số hóa hồ sơ', column: 'so_hoa_ho_so' },
];

const maxOf = (column: string) =>
  (indexReadings.columns.find((c) => c.key === column) as { max?: number } | undefined)?.max;

/** Footnote marks to place in the paragraph: after the clause and after some groups' scores. */
export type StatisticsMarks = Partial<Record<'comparison' | keyof GroupScores, string>>;

/**
 * The statistics paragraph of an index-766 letter (seed 000): date, rank among the provinces,
 * score, the clause comparing with the previous reading, then the five group scores out of their
 * maxima. Marks become "[^key]" footnote references of the letter body.
 */
export function statisticsParagraph(
  index: Index766Model,
  provinceName: string,
  marks: StatisticsMarks = {},
): string | null {
  const p = index.province;
  if (!p) return null;
  const mark = (k: keyof StatisticsMarks) => (marks[k] ? `[^${marks[k]}]` : '');
  const clause = p.comparison
    ? `, ${comparisonClause(p.comparison.scoreTrend, p.comparison.rankTrend)}${mark('comparison')}`
    : '';
  const groups = GROUPS.map(
    (g) => `${g.label} đạt ${formatNumber(p.scores[g.key])}/${maxOf(g.column)} điểm${mark(g.key)}`,
  ).join(', ');
  return (
    `Tính đến ngày ${formatDateNumeric(index.asOf)}, ${provinceMention(provinceName)} xếp thứ ${p.rank}/${p.of} tỉnh, thành phố, ` +
    `đạt ${formatNumber(p.total)} điểm${clause} (${groups}) trên Bộ chỉ số phục vụ người dân và doanh nghiệp.`
  );
}
