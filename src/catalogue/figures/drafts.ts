import type { ReportModel } from '../../compute/report-model';
import type { FigureRow } from '../figure-row';

/** The report prints the count per kind ("01 dự thảo Nghị quyết và 01 dự thảo Quyết định"). */
const oneKind = (m: ReportModel) =>
  Object.values(m.drafts?.countByKind ?? {}).filter((c) => c > 0).length === 1;

/** Sections I.1 and I.2: drafts of legal documents and their TTHC (form II.02c). */
export const DRAFT_FIGURES: readonly FigureRow[] = [
  {
    id: 'dt_danh_gia',
    label: 'số TTHC được đánh giá tác động',
    unit: 'TTHC',
    format: 'count',
    value: (m) => m.drafts?.total.assessed ?? null,
    form: { form: 'II.02c', row: 'total', column: 9 },
    claim: { section: 'I.1' },
    prose: [{ before: 'đánh giá tác động' }],
  },
  {
    id: 'dt_nghi_quyet',
    label: 'số dự thảo Nghị quyết',
    unit: 'dự thảo',
    format: 'count',
    value: (m) => m.drafts?.countByKind.nghi_quyet_hdnd ?? null,
    prose: [{ after: 'Nghị quyết' }],
  },
  {
    id: 'dt_quyet_dinh',
    label: 'số dự thảo Quyết định',
    unit: 'dự thảo',
    format: 'count',
    value: (m) => m.drafts?.countByKind.quyet_dinh_ubnd ?? null,
    prose: [{ after: 'Quyết định' }],
  },
  {
    id: 'dt_so',
    label: 'số dự thảo văn bản QPPL có quy định TTHC',
    unit: 'dự thảo',
    format: 'count',
    value: (m) => m.drafts?.count ?? null,
    claim: { section: 'I.2', when: oneKind },
  },
  {
    id: 'dt_tthc',
    label: 'số TTHC trong các dự thảo',
    unit: 'TTHC',
    format: 'count',
    value: (m) => m.drafts?.total.total ?? null,
    form: { form: 'II.02c', row: 'total', column: 5 },
    claim: { section: 'I.2' },
    prose: [{ before: 'chứa đựng' }],
  },
];
