import type { CivilDate } from './calendar-types';

/**
 * The calendar day of a moment in UTC: how a sheet date reads (exceljs gives midnight UTC of
 * the day shown in the cell), and the day of a moment already shifted to a time zone.
 *
 * @example
 * utcCivilDate(new Date(Date.UTC(2026, 0, 25))) //=> { year: 2026, month: 1, day: 25 }
 * utcCivilDate(new Date('2026-01-24T23:59:59Z')) //=> { year: 2026, month: 1, day: 24 }
 */
export function utcCivilDate(d: Date): CivilDate {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
