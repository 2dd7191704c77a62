import { assertCivilDate } from './assert-date';
import type { CivilDate } from './calendar-types';
import { padDay, padMonth } from './pad';

/**
 * Writes a date as digits, day first: day always two digits, month padded only
 * for January and February. Throws RangeError for an impossible date.
 *
 * @example
 * formatDateNumeric({ year: 2025, month: 6, day: 9 }) //=> '09/6/2025'
 * formatDateNumeric({ year: 2026, month: 1, day: 26 }) //=> '26/01/2026'
 */
export function formatDateNumeric(d: CivilDate): string {
  assertCivilDate(d);
  // Four digits always: the year 26 is "0026", never read as 2026.
  return `${padDay(d.day)}/${padMonth(d.month)}/${String(d.year).padStart(4, '0')}`;
}

/**
 * Writes a date for running text, preceded by "ngày".
 *
 * @example
 * formatDateShort({ year: 2025, month: 12, day: 15 }) //=> 'ngày 15/12/2025'
 * formatDateShort({ year: 2026, month: 3, day: 5 }) //=> 'ngày 05/3/2026'
 */
export function formatDateShort(d: CivilDate): string {
  return `ngày ${formatDateNumeric(d)}`;
}
