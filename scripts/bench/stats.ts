/** How many more runs the millisecond floors of (d) get than the other measurements. */
export const QUICK_FACTOR = 10;

/** Median, fastest and slowest of a series of measurements. */
export interface Spread {
  readonly runs: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('no measurements');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: values.length, median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** Times `step` `runs` times in a row after `warmUp` untimed calls; milliseconds. */
export async function timeRepeated(
  step: () => unknown,
  runs: number,
  warmUp = 0,
): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) await step();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await step();
    times.push(performance.now() - start);
  }
  return times;
}
