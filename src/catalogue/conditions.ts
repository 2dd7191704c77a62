import type { ReportModel } from '../compute/report-model';
import type { ConditionRow } from './text-row';

const plans = (m: ReportModel) => m.documents.directive.filter((d) => d.type === 'ke_hoach');
const letters = (m: ReportModel) => m.documents.directive.filter((d) => d.type !== 'ke_hoach');
const feedback = (m: ReportModel) => m.feedback?.total;

/** Every condition the report's wording depends on. */
export const CONDITIONS: readonly ConditionRow[] = [
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
