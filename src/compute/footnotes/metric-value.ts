import {
  INDICATOR_METRICS,
  type IndexMetric,
  type IndicatorMetric,
  type Metric,
} from '../../contract/footnote-metrics';
import type { RankedUnit } from '../index-766';
import { indicatorValue } from '../indicator-value';
import type { FootnoteUnit } from './footnote-units';

const READING: Record<IndexMetric, (r: RankedUnit) => number> = {
  xep_hang: (r) => r.rank,
  tong_diem: (r) => r.total,
  cong_khai_minh_bach: (r) => r.scores.transparency,
  tien_do_giai_quyet: (r) => r.scores.progress,
  dich_vu_cong_truc_tuyen: (r) => r.scores.onlineService,
  muc_do_hai_long: (r) => r.scores.satisfaction,
  so_hoa_ho_so: (r) => r.scores.digitisation,
};

const isIndicator = (m: Metric): m is IndicatorMetric =>
  (INDICATOR_METRICS as readonly string[]).includes(m);

/** Where a metric is read: the index-766 readings, the indicators, or the targets. */
export function metricSource(m: Metric): 'ChiSo766' | 'ChiTieuDonVi' | 'targets' {
  if (isIndicator(m)) return 'ChiTieuDonVi';
  return m === 'so_chi_tieu_chua_dat' ? 'targets' : 'ChiSo766';
}

/** A unit's value of a metric, or null when the data has none. */
export function metricValue(u: FootnoteUnit, m: Metric): number | null {
  if (m === 'so_chi_tieu_chua_dat') return u.compliance ? u.compliance.missed.length : null;
  if (isIndicator(m)) return u.indicators ? indicatorValue(u.indicators, m) : null;
  return u.ranking ? READING[m](u.ranking) : null;
}
