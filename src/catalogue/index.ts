import type { FigureRow } from './figure-row';
import { DIRECTIVE_FIGURES } from './figures/directive';
import { DOSSIER_FIGURES } from './figures/dossiers';
import { DRAFT_FIGURES } from './figures/drafts';
import { FEEDBACK_FIGURES } from './figures/feedback';
import { INDEX_766_FIGURES } from './figures/index-766';
import { INDEX_766_SUB_FIGURES } from './figures/index-766-sub-indicators';
import { INDEX_766_UNIT_FIGURES } from './figures/index-766-units';
import { PUBLICATION_FIGURES, STOCK_FIGURES } from './figures/publications';
import { INTERNAL_DECISION_FIGURES, REVIEW_FIGURES } from './figures/reviews';
import { STAFF_FIGURES } from './figures/staff';
import { CONDITIONS } from './conditions';
import { TEXTS } from './texts';

export type { FigureFormat, FigureGroup, FigureRow, FormCell, ProseLabel } from './figure-row';
export type { ConditionRow, TextRow } from './text-row';
export { CONDITIONS } from './conditions';
export { TEXTS } from './texts';

/**
 * Every figure the documents print, once. The order is the one `tthc audit` tries the prose
 * labels in: where two descriptions fit one figure, the more specific comes first.
 */
export const FIGURES: readonly FigureRow[] = [
  ...DIRECTIVE_FIGURES,
  ...DRAFT_FIGURES,
  ...INTERNAL_DECISION_FIGURES,
  ...PUBLICATION_FIGURES,
  ...STOCK_FIGURES,
  ...REVIEW_FIGURES,
  ...FEEDBACK_FIGURES,
  ...DOSSIER_FIGURES,
  ...STAFF_FIGURES,
  ...INDEX_766_FIGURES,
  ...INDEX_766_UNIT_FIGURES,
  ...INDEX_766_SUB_FIGURES,
];

/** The figures by subject, in the order docs/figures.md lists them. */
export const FIGURE_GROUPS: readonly { title: string; rows: readonly FigureRow[] }[] = [
  { title: 'A. Chỉ đạo, điều hành', rows: DIRECTIVE_FIGURES },
  { title: 'I.1–I.2. Đánh giá tác động, dự thảo văn bản QPPL', rows: DRAFT_FIGURES },
  {
    title: 'I.3. Công bố TTHC, TTHC thuộc thẩm quyền của địa phương',
    rows: [...PUBLICATION_FIGURES, ...STOCK_FIGURES],
  },
  {
    title: 'I.4. Rà soát, TTHC nội bộ, phân cấp',
    rows: [...INTERNAL_DECISION_FIGURES, ...REVIEW_FIGURES],
  },
  { title: 'I.5. Phản ánh, kiến nghị (PAKN)', rows: FEEDBACK_FIGURES },
  {
    title: 'I.6. Giải quyết hồ sơ TTHC (hs_: toàn tỉnh, sn_: sở, ban, ngành, xa_: xã, phường)',
    rows: DOSSIER_FIGURES,
  },
  { title: 'I.7. Trung tâm Phục vụ hành chính công', rows: STAFF_FIGURES },
  { title: 'Chỉ số 766 của tỉnh (công văn)', rows: INDEX_766_FIGURES },
  {
    title:
      'Chỉ số 766: số đơn vị theo xếp loại (dv_: tất cả, sn_: sở, ban, ngành, xa_: xã, phường)',
    rows: INDEX_766_UNIT_FIGURES,
  },
  {
    title: 'Chỉ số 766: chỉ số thành phần của tỉnh (tỷ lệ, tử số, mẫu số, phần còn lại)',
    rows: INDEX_766_SUB_FIGURES,
  },
];

const byId = new Map(FIGURES.map((f) => [f.id, f]));

/** The figure of an id, or undefined. */
export const figureRow = (id: string): FigureRow | undefined => byId.get(id);

/** Every id a content file, a letter or the report template may name, with its kind. */
export const PLACEHOLDERS: ReadonlyMap<string, 'figure' | 'text' | 'condition'> = new Map([
  ...FIGURES.map((f) => [f.id, 'figure'] as const),
  ...TEXTS.map((t) => [t.id, 'text'] as const),
  ...CONDITIONS.map((c) => [c.id, 'condition'] as const),
]);

/** The placeholder of an index-766 letter's statistics paragraph (seed 000), with its marks. */
export const STATISTICS_PARAGRAPH = 'thong_ke_766';
