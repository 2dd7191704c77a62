import type { ReportModel } from '../../compute/report-model';
import {
  formatCount,
  formatDateShort,
  formatDraftHeaderDate,
  formatHeaderDate,
  formatNumber,
  formatPercent,
  formatPeriodRange,
} from '../../format';

/** A few lines that let an official check the build at a glance (written to tom-tat.txt). */
export function summaryLines(m: ReportModel): string[] {
  const lines = [
    `${m.province.name} — ${m.period.title} (${formatPeriodRange(m.period.from, m.period.to)})`,
    m.frame.isDraft
      ? `Văn bản: dự thảo, ${formatDraftHeaderDate(m.frame.date)}`
      : `Văn bản: số ${m.frame.number}/${m.frame.symbol}, ${formatHeaderDate(m.frame.date)}`,
    `Đơn vị: ${formatCount(m.unitCount.agencies)} sở, ban, ngành; ${formatCount(m.unitCount.communes)} xã, phường, đặc khu`,
  ];
  const d = m.dossiers;
  if (d) {
    lines.push(
      `Hồ sơ tiếp nhận: ${formatNumber(d.province.received)} (trực tuyến ${formatNumber(d.province.online)}); ` +
        `đã giải quyết ${formatNumber(d.province.resolved)}; đang giải quyết ${formatNumber(d.province.pending)}` +
        (d.onTimeShare === null ? '' : `; đúng và trước hạn ${formatPercent(d.onTimeShare)}`),
    );
  }
  if (m.feedback) lines.push(`PAKN tiếp nhận: ${formatCount(m.feedback.total.received)}`);
  if (m.publications)
    lines.push(
      `Công bố: ${formatCount(m.publications.decisionCount)} quyết định, ${formatNumber(m.publications.total.total)} TTHC`,
    );
  const p = m.index766?.province;
  if (m.index766 && p)
    lines.push(
      `Chỉ số 766 tính đến ${formatDateShort(m.index766.asOf)}: ${formatNumber(p.total)} điểm` +
        (p.rank === null ? ', chưa có thứ hạng cả nước' : `, xếp thứ ${p.rank}/${p.of}`),
    );
  return lines;
}
