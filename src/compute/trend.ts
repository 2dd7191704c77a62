export type Trend = 'up' | 'down' | 'same';

/** Direction of a score: higher is up. */
export function scoreTrend(current: number, previous: number): Trend {
  const d = Math.round((current - previous) * 100);
  return d > 0 ? 'up' : d < 0 ? 'down' : 'same';
}

/** Direction of a rank: a smaller number is a better rank, so it is up. */
export function rankTrend(current: number, previous: number): Trend {
  return current < previous ? 'up' : current > previous ? 'down' : 'same';
}
