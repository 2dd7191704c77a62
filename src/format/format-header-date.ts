import { assertCivilDate, assertYearMonth } from './assert-date';
import type { CivilDate, YearMonth } from './calendar-types';
import { padDay, padMonth } from './pad';

// Blank left in drafts so the day can be handwritten when the document is signed.
const DRAFT_DAY_BLANK = ' '.repeat(6);

/**
 * Writes the date of a document's header line in words-and-digits form.
 *
 * @example
 * formatHeaderDate({ year: 2026, month: 1, day: 5 }) //=> 'ngày 05 tháng 01 năm 2026'
 * formatHeaderDate({ year: 2025, month: 8, day: 25 }) //=> 'ngày 25 tháng 8 năm 2025'
 */
export function formatHeaderDate(d: CivilDate): string {
  assertCivilDate(d);
  return `ngày ${padDay(d.day)} tháng ${padMonth(d.month)} năm ${d.year}`;
}

/**
 * Header date for a draft whose signing day is not known yet: six spaces stand
 * in for the day.
 *
 * @example
 * formatDraftHeaderDate({ year: 2026, month: 3 }) //=> 'ngày      tháng 3 năm 2026'
 * formatDraftHeaderDate({ year: 2026, month: 2 }) //=> 'ngày      tháng 02 năm 2026'
 */
export function formatDraftHeaderDate(ym: YearMonth): string {
  assertYearMonth(ym);
  return `ngày${DRAFT_DAY_BLANK}tháng ${padMonth(ym.month)} năm ${ym.year}`;
}

/**
 * Writes the place-and-date line of a header; passing `{ year, month }` without a
 * day produces the draft form.
 *
 * @example
 * formatPlaceDate('Lào Cai', { year: 2026, month: 1, day: 5 }) //=> 'Lào Cai, ngày 05 tháng 01 năm 2026'
 * formatPlaceDate('Lào Cai', { year: 2026, month: 3 }) //=> 'Lào Cai, ngày      tháng 3 năm 2026'
 */
export function formatPlaceDate(place: string, d: CivilDate | YearMonth): string {
  const date = 'day' in d ? formatHeaderDate(d) : formatDraftHeaderDate(d);
  return `${place}, ${date}`;
}
