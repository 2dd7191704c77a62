import type { YearMonth } from './calendar-types';

/**
 * Whether the year is a leap year in the Gregorian calendar.
 *
 * @example
 * isLeapYear(2024) //=> true
 * isLeapYear(1900) //=> false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month, 28–31 (0 for a month outside 1–12).
 *
 * @example
 * daysInMonth({ year: 2024, month: 2 }) //=> 29
 */
export function daysInMonth(ym: YearMonth): number {
  const lengths = [31, isLeapYear(ym.year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[ym.month - 1] ?? 0;
}
