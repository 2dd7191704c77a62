import type { CivilDate } from './calendar-types';
import { compareCivilDate } from './compare-civil-date';
import { formatDateShort } from './format-date';

/**
 * Writes the data window of a report. Throws RangeError if `from` is after `to`
 * or either date is impossible, since a reversed window is a caller bug.
 *
 * @example
 * formatPeriodRange({ year: 2025, month: 12, day: 15 }, { year: 2026, month: 3, day: 14 })
 * //=> 'từ ngày 15/12/2025 đến ngày 14/3/2026'
 */
export function formatPeriodRange(from: CivilDate, to: CivilDate): string {
  const text = `từ ${formatDateShort(from)} đến ${formatDateShort(to)}`;
  if (compareCivilDate(from, to) > 0) {
    throw new RangeError(`Period starts after it ends: ${text}`);
  }
  return text;
}
