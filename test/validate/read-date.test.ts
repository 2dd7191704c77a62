/**
 * Dates in cells. Without a zone a date-time is read by its date as written; with a zone
 * ("Z", "+07:00") it names a moment, and the date is the one in Vietnam (UTC+7) at that
 * moment. Every expected date is worked out by hand in the comment beside it.
 */
import { readDate } from '../../src/validate/cells/read-date';

const d = (day: number, month: number, year: number) => ({ year, month, day });

test.each([
  // 17:00 UTC + 7 h = 24:00, midnight of the 25th: what JavaScript's toJSON writes
  ['2026-01-24T17:00:00.000Z', d(25, 1, 2026)],
  // 16:59:59 UTC + 7 h = 23:59:59 on the 24th
  ['2026-01-24T16:59:59.999Z', d(24, 1, 2026)],
  // 00:00 UTC = 07:00 in Vietnam, the same day
  ['2026-01-25T00:00:00.000Z', d(25, 1, 2026)],
  // already Vietnam's time
  ['2026-01-25T23:30:00+07:00', d(25, 1, 2026)],
  // 20:00 at UTC−5 = 01:00 UTC on the 26th = 08:00 in Vietnam on the 26th
  ['2026-01-25T20:00:00-05:00', d(26, 1, 2026)],
  // 01:00 at UTC+9 = 16:00 UTC on the 24th = 23:00 in Vietnam on the 24th
  ['2026-01-25T01:00:00+0900', d(24, 1, 2026)],
  // the zone after a day-first date
  ['24/01/2026 17:00Z', d(25, 1, 2026)],
  // across a year and the end of February
  ['2025-12-31T17:00:00Z', d(1, 1, 2026)],
  ['2026-02-28T17:00:00Z', d(1, 3, 2026)],
  // no zone: the date as written, whatever the hour
  ['25/01/2026 08:30', d(25, 1, 2026)],
  ['2026-01-25T23:59', d(25, 1, 2026)],
  ['2026-01-24 17:00:00', d(24, 1, 2026)],
])('%s → %o', (text, date) => {
  expect(readDate(text)).toEqual(date);
});

test.each([
  ['25/01/2026 25:00', 'no 25th hour'],
  ['25/01/2026 08:61', 'no 61st minute'],
  ['2026-01-25T10:00:00+15:00', 'no zone 15 hours from UTC'],
  ['30/02/2026 08:00', 'no 30 February'],
])('%s is not a date (%s)', (text) => {
  expect(readDate(text)).toBeUndefined();
});

test('a sheet date (UTC midnight, as exceljs gives it) and an Excel serial keep their date', () => {
  expect(readDate(new Date(Date.UTC(2026, 0, 25)))).toEqual(d(25, 1, 2026));
  // 46047 days after 30/12/1899 is 25/01/2026
  expect(readDate(46047)).toEqual(d(25, 1, 2026));
  expect(readDate('46047.75')).toEqual(d(25, 1, 2026));
});
