import type { ListOrder } from '../../contract/footnote-rules';
import type { Scored } from './select-units';

function keyOf(s: Scored, by: ListOrder['by']): number | null {
  if (by === 'metric') return s.value;
  if (by === 'rank') return s.unit.ranking?.rank ?? null;
  return s.unit.position;
}

/**
 * Sorts a list by its metric, by index-766 rank (unranked units last, either direction) or in
 * DonVi order, which for communes is the registry's. Ties keep DonVi order, so the result never
 * depends on the order the data came in.
 */
export function orderUnits(scored: readonly Scored[], order: ListOrder): Scored[] {
  const sign = order.direction === 'desc' ? -1 : 1;
  return [...scored].sort((a, b) => {
    const [ka, kb] = [keyOf(a, order.by), keyOf(b, order.by)];
    if (ka !== kb) {
      if (ka === null) return 1;
      if (kb === null) return -1;
      return sign * (ka - kb);
    }
    return a.unit.position - b.unit.position;
  });
}
