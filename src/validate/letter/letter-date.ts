import type { FrameDate } from '../../format/calendar-types';
import { isValidCivilDate, isValidYearMonth } from '../../format';

/**
 * The date written in a letter's frame (`ngay`): "2026-04-28" once issued, "2026-04" with the
 * day to be written by hand, "2026" with day and month; YAML may hand a date or a number.
 * Null when no such day, month or year exists ("2026-02-30", "2026-13").
 * @example letterDate('2026-04') // { year: 2026, month: 4 }
 */
export function letterDate(value: string | number | Date): FrameDate | null {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900) return null;
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (m[3] === undefined) return isValidYearMonth({ year, month }) ? { year, month } : null;
  const day = Number(m[3]);
  return isValidCivilDate({ year, month, day }) ? { year, month, day } : null;
}
