import type { RawCell } from '../../domain/raw-table';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A checked value written back as the cell it was read from, to be read again by the same
 * checks: a date as the contract writes it (2026-03-14), a blank as a blank.
 * @example cellOf({ year: 2026, month: 3, day: 14 }) // '2026-03-14'
 */
export function cellOf(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  if (typeof value === 'object' && 'year' in value && 'month' in value && 'day' in value) {
    const d = value as { year: number; month: number; day: number };
    return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
  }
  return String(value);
}
