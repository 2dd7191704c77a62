import { isValidCivilDate, isValidYearMonth } from './civil-date';
import type { CivilDate, YearMonth } from './calendar-types';

/**
 * Throws a RangeError unless the date exists; an impossible date reaching a
 * formatter is a caller bug and must not be printed into an official document.
 *
 * @example
 * assertCivilDate({ year: 2026, month: 2, day: 30 }) // throws RangeError
 */
export function assertCivilDate(d: CivilDate): void {
  if (!isValidCivilDate(d)) {
    throw new RangeError(`Invalid date: ${JSON.stringify(d)}`);
  }
}

/**
 * Throws a RangeError unless `{ year, month }` is a real month.
 *
 * @example
 * assertYearMonth({ year: 2026, month: 0 }) // throws RangeError
 */
export function assertYearMonth(ym: YearMonth): void {
  if (!isValidYearMonth(ym)) {
    throw new RangeError(`Invalid month: ${JSON.stringify(ym)}`);
  }
}
