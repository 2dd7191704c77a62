import type { CivilDate, YearMonth } from './calendar-types';
import { daysInMonth } from './days-in-month';

function isIntegerIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Whether `{ year, month }` is a real month. Years outside 1–9999 are rejected
 * as data errors rather than printed.
 *
 * @example
 * isValidYearMonth({ year: 2026, month: 13 }) //=> false
 */
export function isValidYearMonth(ym: YearMonth): boolean {
  return isIntegerIn(ym.year, 1, 9999) && isIntegerIn(ym.month, 1, 12);
}

/**
 * Whether the object names a day that exists on the calendar (leap years included).
 *
 * @example
 * isValidCivilDate({ year: 2026, month: 2, day: 29 }) //=> false
 * isValidCivilDate({ year: 2028, month: 2, day: 29 }) //=> true
 */
export function isValidCivilDate(d: CivilDate): boolean {
  return isValidYearMonth(d) && isIntegerIn(d.day, 1, daysInMonth(d));
}
