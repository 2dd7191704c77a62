import type { RecordOf } from './table';
import type { indexReadings, unitIndicators } from './tables';

type ReadingKey = keyof RecordOf<typeof indexReadings>;
type IndicatorKey = keyof RecordOf<typeof unitIndicators>;

/** Index-766 figures of a unit a footnote rule can select on: the columns of ChiSo766. */
export const INDEX_METRICS = [
  'xep_hang',
  'tong_diem',
  'cong_khai_minh_bach',
  'tien_do_giai_quyet',
  'dich_vu_cong_truc_tuyen',
  'muc_do_hai_long',
  'so_hoa_ho_so',
] as const satisfies readonly ReadingKey[];

/** Per-unit indicators a footnote rule can select on: the columns of ChiTieuDonVi. */
export const INDICATOR_METRICS = [
  'ho_so_qua_han',
  'ty_le_nop_truc_tuyen',
  'ty_le_thanh_toan_truc_tuyen',
  'ty_le_luan_chuyen_dien_tu',
  'ty_le_tai_su_dung',
  'ty_le_so_hoa',
] as const satisfies readonly IndicatorKey[];

/** Computed from the indicators and the targets: how many targets the unit misses. */
export const TARGET_METRICS = ['so_chi_tieu_chua_dat'] as const;

export const METRICS = [...INDEX_METRICS, ...INDICATOR_METRICS, ...TARGET_METRICS] as const;

export type IndexMetric = (typeof INDEX_METRICS)[number];
export type IndicatorMetric = (typeof INDICATOR_METRICS)[number];
export type Metric = (typeof METRICS)[number];
