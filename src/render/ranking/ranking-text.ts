import type { RankingAnnex } from '../../compute/ranking-annex';
import type { ReportModel } from '../../compute/report-model';
import { formatDateNumeric, provinceMention } from '../../format';
import { NO_CHANGE } from '../../annexes/ranking-columns';

/**
 * The annex title in capitals, broken before "CỦA" so that its two lines balance:
 * "KẾT QUẢ BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP\nCỦA CÁC CƠ QUAN, ĐỊA PHƯƠNG TỈNH LÀO CAI".
 */
export function rankingTitle(m: ReportModel): string {
  const title = 'Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp\ncủa các cơ quan, địa phương';
  return `${title} ${provinceMention(m.province.name)}`.toLocaleUpperCase('vi');
}

/** "Số liệu tính đến ngày 25/8/2025". */
export const readingNote = (a: RankingAnnex): string =>
  `Số liệu tính đến ngày ${formatDateNumeric(a.asOf)}`;

/**
 * How to read the change columns, or null when there are none: "Ghi chú: ↑ tăng, ↓ giảm,
 * = không đổi so với ngày 31/7/2025", and what "—" means when some unit has no earlier reading.
 */
export function changeLegend(a: RankingAnnex): string | null {
  if (!a.previousAsOf) return null;
  const since = formatDateNumeric(a.previousAsOf);
  const missing = a.tables.some((t) => t.rows.some((r) => r.rankChange === null));
  return (
    `Ghi chú: ↑ tăng, ↓ giảm, = không đổi so với ngày ${since}` +
    (missing ? `; ${NO_CHANGE} không có số liệu ngày ${since}` : '') +
    '.'
  );
}
