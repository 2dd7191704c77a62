import type { ListOrder } from '../../contract/footnote-rules';
import type { Metric } from '../../contract/footnote-metrics';
import type { FootnoteUnit } from './footnote-units';
import { metricSource } from './metric-value';
import type { Scored } from './select-units';

const CODE = /^\d+$/;

/**
 * The registry's order: agencies first, in the order of DonVi (they have no official code), then
 * communes by their code in the registry of communes ("02647" before "02650"), which is not the
 * order of the registry file's rows; a commune without a numeric code follows, in DonVi order.
 */
export function registryKey(u: FootnoteUnit): [number, number, number] {
  if (u.group === 'so_nganh') return [0, 0, u.unitOrder];
  return CODE.test(u.unitId) ? [1, Number(u.unitId), 0] : [2, 0, u.unitOrder];
}

export function compareRegistry(a: FootnoteUnit, b: FootnoteUnit): number {
  const [ka, kb] = [registryKey(a), registryKey(b)];
  return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
}

/** The row of the table the metric comes from, for the order the data gives. */
function dataOrder(u: FootnoteUnit, metric: Metric): number | null {
  const source = metricSource(metric);
  if (source === 'ChiTieuDonVi' || source === 'targets') return u.indicators?.dataOrder ?? null;
  return u.ranking?.dataOrder ?? null;
}

function keyOf(s: Scored, by: ListOrder['by'], metric: Metric): number | null {
  if (by === 'metric') return s.value;
  if (by === 'rank') return s.unit.ranking?.rank ?? null;
  if (by === 'data') return dataOrder(s.unit, metric);
  return null;
}

/**
 * Sorts a list by its metric, by index-766 rank, by the order of the data's rows (units without
 * a key last, either direction) or in the registry's order. Ties keep the registry's order, so
 * the result never depends on the order the data came in unless asked (`data`).
 */
export function orderUnits(scored: readonly Scored[], order: ListOrder, metric: Metric): Scored[] {
  const sign = order.direction === 'desc' ? -1 : 1;
  return [...scored].sort((a, b) => {
    if (order.by === 'registry') return sign * compareRegistry(a.unit, b.unit);
    const [ka, kb] = [keyOf(a, order.by, metric), keyOf(b, order.by, metric)];
    if (ka !== kb) {
      if (ka === null) return 1;
      if (kb === null) return -1;
      return sign * (ka - kb);
    }
    return compareRegistry(a.unit, b.unit);
  });
}
