import {
  INDICATOR_METRICS,
  subMetric,
  type IndicatorMetric,
  type Metric,
} from '../../contract/footnote-metrics';
import { GROUP_COLUMNS, GROUP_KEYS, type GroupColumn } from '../../contract/indicator-sets';
import type { Reading } from '../index-766';
import { indicatorValue } from '../indicator-value';
import type { FootnoteUnit } from './footnote-units';

const isIndicator = (m: string): m is IndicatorMetric =>
  (INDICATOR_METRICS as readonly string[]).includes(m);
const isGroup = (m: string): m is GroupColumn => (GROUP_COLUMNS as readonly string[]).includes(m);

/** The table a metric is read from, as messages name it. */
export type MetricSource = 'ChiSo766' | 'ChiSoThanhPhan766' | 'ChiTieuDonVi' | 'targets';

/** Where a metric is read: the index-766 readings, their sub-indicators, the indicators, the targets. */
export function metricSource(m: Metric): MetricSource {
  if (isIndicator(m)) return 'ChiTieuDonVi';
  if (m === 'so_chi_tieu_chua_dat') return 'targets';
  return subMetric(m) ? 'ChiSoThanhPhan766' : 'ChiSo766';
}

/**
 * A metric of a reading (the province's or a unit's): a group score, the total, the rank, or a
 * field of a sub-indicator; null where the data has none (`con_lai` needs both its numerator and
 * its denominator).
 */
export function readingValue(r: Reading | null, m: Metric): number | null {
  if (!r) return null;
  if (m === 'xep_hang') return r.rank;
  if (m === 'tong_diem') return r.total;
  if (isGroup(m)) return r.scores[GROUP_KEYS[m]];
  const sub = subMetric(m);
  if (!sub) return null;
  const s = r.subIndicators[sub.code];
  if (!s) return null;
  switch (sub.field) {
    case 'tu_so':
      return s.numerator;
    case 'mau_so':
      return s.denominator;
    case 'ty_le':
      return s.ratio;
    case 'diem':
      return s.score;
    case 'con_lai':
      return s.numerator === null || s.denominator === null ? null : s.denominator - s.numerator;
  }
}

/** A unit's value of a metric, or null when the data has none. */
export function metricValue(u: FootnoteUnit, m: Metric): number | null {
  if (m === 'so_chi_tieu_chua_dat') return u.compliance ? u.compliance.missed.length : null;
  if (isIndicator(m)) return u.indicators ? indicatorValue(u.indicators, m) : null;
  return readingValue(u.ranking, m);
}

/** Whether the data holds the unit in the table the metric comes from (a blank cell or not). */
export function hasSource(u: FootnoteUnit, m: Metric): boolean {
  const source = metricSource(m);
  return source === 'ChiTieuDonVi' || source === 'targets' ? !!u.indicators : !!u.ranking;
}

/** The portal's data-quality flag on a unit's sub-indicator of the metric, or null. */
export function metricFlag(u: FootnoteUnit, m: Metric): string | null {
  const sub = subMetric(m);
  return (sub && u.ranking?.subIndicators[sub.code]?.flag) || null;
}
