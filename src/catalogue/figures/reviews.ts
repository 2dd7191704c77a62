import type { FigureRow } from '../figure-row';

const I4 = { section: 'I.4' } as const;

/**
 * The decisions publishing internal TTHC: before the decisions publishing TTHC in the
 * catalogue's order, because "03 Quyết định công bố TTHC nội bộ" fits both descriptions.
 */
export const INTERNAL_DECISION_FIGURES: readonly FigureRow[] = [
  {
    id: 'nb_quyet_dinh',
    label: 'số Quyết định công bố TTHC nội bộ',
    unit: 'Quyết định',
    format: 'count',
    value: (m) => m.documents.internalTthc.decisions.length,
    claim: I4,
    prose: [{ after: 'TTHC nội bộ' }],
  },
];

/** Section I.4: reviews of business rules, internal TTHC, decentralisation. */
export const REVIEW_FIGURES: readonly FigureRow[] = [
  {
    id: 'kd_cat_giam',
    label: 'số quy định kinh doanh được cắt giảm, đơn giản hóa',
    unit: '',
    format: 'count-khong',
    value: (m) => m.figures.businessRulesCut,
    source: { table: 'SoLieu', column: 'quy_dinh_kinh_doanh_cat_giam' },
    claim: { ...I4, phrase: 'đơn giản hóa: {}.' },
    prose: [{ before: 'quy định kinh doanh đã được cắt giảm' }],
  },
  {
    id: 'tthc_phan_cap',
    label: 'số TTHC thực thi phương án phân cấp',
    unit: '',
    format: 'count-khong',
    value: (m) => m.figures.decentralised,
    source: { table: 'SoLieu', column: 'tthc_phan_cap' },
    claim: { ...I4, phrase: 'phương án phân cấp: {}.' },
    prose: [{ before: 'phương án phân cấp' }],
  },
  {
    id: 'nb_luy_ke',
    label: 'số TTHC nội bộ lũy kế',
    unit: 'TTHC',
    format: 'count',
    value: (m) => m.figures.internalTthcCumulative,
    source: { table: 'SoLieu', column: 'tthc_noi_bo_luy_ke' },
    claim: I4,
    prose: [{ before: 'Lũy kế' }],
  },
  {
    id: 'nb_tong',
    label: 'số TTHC nội bộ được công bố',
    unit: 'TTHC',
    format: 'count',
    value: (m) => m.documents.internalTthc.total,
    claim: I4,
    prose: [{ before: 'TTHC nội bộ' }],
  },
  {
    id: 'nb_moi',
    label: 'số TTHC nội bộ công bố mới, sửa đổi, bổ sung',
    unit: 'TTHC',
    format: 'count',
    value: (m) => m.documents.internalTthc.newOrAmended,
    claim: I4,
    prose: [{ before: 'công bố mới', within: 'nb_tong' }],
  },
  {
    id: 'nb_bai_bo',
    label: 'số TTHC nội bộ bị bãi bỏ',
    unit: 'TTHC',
    format: 'count',
    value: (m) => m.documents.internalTthc.abolished,
    claim: I4,
    prose: [{ before: 'bãi bỏ', within: 'nb_tong' }],
  },
];
