/**
 * Ranks by total, highest first, as the portal's ties require: equal totals share a rank and the
 * next rank skips as many places (68,45 · 68,30 · 68,30 · 68,12 → 1, 2, 2, 4).
 * @example rankByTotal([50, 70, 70, 60]) // [4, 1, 1, 3]
 */
export function rankByTotal(totals: readonly number[]): number[] {
  return totals.map((t) => 1 + totals.filter((o) => o > t).length);
}
