/** Sum of a numeric field over rows. */
export function sumBy<T>(rows: readonly T[], pick: (row: T) => number | null | undefined): number {
  return rows.reduce((s, r) => s + (pick(r) ?? 0), 0);
}

/** a / b as a percentage, or null when b is zero (a rate of nothing is not 0 %). */
export function share(a: number, b: number): number | null {
  return b === 0 ? null : (a / b) * 100;
}
