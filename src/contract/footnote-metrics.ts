import { GROUP_COLUMNS, SUB_INDICATOR_CODES } from './indicator-sets';
import type { RecordOf } from './table';
import type { indexReadings, unitIndicators } from './tables';

type ReadingKey = keyof RecordOf<typeof indexReadings>;
type IndicatorKey = keyof RecordOf<typeof unitIndicators>;

/** Index-766 figures of a unit a footnote rule can select on: the columns of ChiSo766. */
export const INDEX_METRICS = [
  'xep_hang',
  'tong_diem',
  ...GROUP_COLUMNS,
] as const satisfies readonly ReadingKey[];

/** Per-unit indicators a footnote rule can select on: the columns of ChiTieuDonVi. */
export const INDICATOR_METRICS = [
  'ho_so_qua_han',
  'ho_so_tam_dung',
  'ty_le_nop_truc_tuyen',
  'ty_le_thanh_toan_truc_tuyen',
  'ty_le_luan_chuyen_dien_tu',
  'ty_le_tai_su_dung',
  'ty_le_so_hoa',
] as const satisfies readonly IndicatorKey[];

/** Computed from the indicators and the targets: how many targets the unit misses. */
export const TARGET_METRICS = ['so_chi_tieu_chua_dat'] as const;

/** The metrics named by one word: columns of ChiSo766, ChiTieuDonVi, and the targets missed. */
export const METRICS = [...INDEX_METRICS, ...INDICATOR_METRICS, ...TARGET_METRICS] as const;

/**
 * What a rule reads of a sub-indicator (ChiSoThanhPhan766), written after its code:
 * `dong_bo_ho_so.ty_le`. `con_lai` is the denominator less the numerator: the dossiers not
 * synced, not digitised, not resolved on time.
 */
export const SUB_FIELDS = ['tu_so', 'mau_so', 'ty_le', 'diem', 'con_lai'] as const;

export type IndexMetric = (typeof INDEX_METRICS)[number];
export type IndicatorMetric = (typeof INDICATOR_METRICS)[number];
export type SubField = (typeof SUB_FIELDS)[number];
export type SubMetric = `${string}.${SubField}`;
export type Metric = (typeof METRICS)[number] | SubMetric;

/** Every sub-indicator metric: each code of every indicator set with each field. */
export const SUB_METRICS: readonly SubMetric[] = SUB_INDICATOR_CODES.flatMap((code) =>
  SUB_FIELDS.map((f): SubMetric => `${code}.${f}`),
);

/** Every metric a rule may name, for checks and suggestions. */
export const ALL_METRICS: readonly Metric[] = [...METRICS, ...SUB_METRICS];

const known = new Set<string>(ALL_METRICS);

/** Whether a rule file's metric names a figure the data can hold. */
export const isMetric = (m: string): m is Metric => known.has(m);

/** A sub-indicator metric split into its code and field, or null for another metric. */
export function subMetric(m: string): { code: string; field: SubField } | null {
  const dot = m.lastIndexOf('.');
  if (dot < 0 || !known.has(m)) return null;
  return { code: m.slice(0, dot), field: m.slice(dot + 1) as SubField };
}
