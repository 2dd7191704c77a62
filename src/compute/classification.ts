/** A classification band: scores at or above `min` get `label`. */
export interface Band {
  readonly label: string;
  readonly min: number;
}

/**
 * Default bands of the index-766 letters (REFERENCE §4, unconfirmed: keep configurable).
 * Ordered from the highest.
 */
export const DEFAULT_BANDS: readonly Band[] = [
  { label: 'xuất sắc', min: 90 },
  { label: 'tốt', min: 80 },
  { label: 'khá', min: 70 },
  { label: 'trung bình', min: 50 },
  { label: 'yếu', min: 0 },
];

/**
 * The band of a score.
 * @example classify(93.44) // 'xuất sắc'
 * @example classify(75.04) // 'khá'
 */
export function classify(score: number, bands: readonly Band[] = DEFAULT_BANDS): string {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  return (sorted.find((b) => score >= b.min) ?? sorted[sorted.length - 1])?.label ?? '';
}
