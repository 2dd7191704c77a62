import type { ReportModel } from '../compute/report-model';
import { textWidth } from '../format';
import { frameDate } from '../phrase/frame-date';
import type { ConditionRow } from './text-row';

/**
 * The report header's two boxes (mm, the 165 mm of text width): the issuing body at left, Quốc
 * hiệu and the place and date at right; and the wide header a long name takes instead, 5 mm
 * into each margin as city letterheads are set. Each box loses 2 mm to the cell margins.
 */
export const REPORT_HEADER = { normal: [62, 103], wide: [68, 107] } as const;

/**
 * The issuing body at 13 pt bold or the place and date at 14 pt italic does not fit its box of
 * the normal header: Thành phố Hồ Chí Minh, of the 34 (docs/provinces-and-cities.md).
 */
function needsWideHeader(m: ReportModel): boolean {
  const [left, right] = REPORT_HEADER.normal;
  const body = Math.max(...m.frame.issuingBody.map((l) => textWidth(l, { size: 13, bold: true })));
  const place = textWidth(`${m.frame.place}, ${frameDate(m.frame.shownDate)}`, {
    size: 14,
    italic: true,
  });
  return body > left - 2 || place > right - 2;
}

const plans = (m: ReportModel) => m.documents.directive.filter((d) => d.type === 'ke_hoach');
const letters = (m: ReportModel) => m.documents.directive.filter((d) => d.type !== 'ke_hoach');
const feedback = (m: ReportModel) => m.feedback?.total;

/** Every condition the report's wording depends on. */
export const CONDITIONS: readonly ConditionRow[] = [
  {
    id: 'khung_rong',
    label: 'tên cơ quan hoặc địa danh dài: phần đầu văn bản rộng hơn, địa danh cỡ 13',
    holds: needsWideHeader,
  },
  { id: 'co_ke_hoach', label: 'có Kế hoạch chỉ đạo', holds: (m) => plans(m).length > 0 },
  {
    id: 'co_van_ban_chi_dao',
    label: 'có văn bản chỉ đạo khác',
    holds: (m) => letters(m).length > 0,
  },
  {
    id: 'co_ca_hai',
    label: 'có cả Kế hoạch và văn bản chỉ đạo khác',
    holds: (m) => plans(m).length > 0 && letters(m).length > 0,
  },
  { id: 'co_du_thao', label: 'có dự thảo văn bản QPPL', holds: (m) => (m.drafts?.count ?? 0) > 0 },
  { id: 'co_pakn', label: 'có PAKN', holds: (m) => (feedback(m)?.received ?? 0) > 0 },
  // Without a handled PAKN there is no share of them published: the clause is left out.
  {
    id: 'co_pakn_da_xu_ly',
    label: 'có PAKN đã xử lý xong',
    holds: (m) => (feedback(m)?.handled ?? 0) > 0,
  },
  {
    id: 'co_pakn_qua_han',
    label: 'có PAKN xử lý quá hạn',
    holds: (m) => (feedback(m)?.handledLate ?? 0) > 0,
  },
  {
    id: 'co_pakn_dang_qua_han',
    label: 'có PAKN đang xử lý quá hạn',
    holds: (m) => (feedback(m)?.inProgressOverdue ?? 0) > 0,
  },
];
