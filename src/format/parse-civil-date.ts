import { isValidCivilDate } from './civil-date';
import type { CivilDate } from './calendar-types';

// ISO order, or Vietnamese day-first order with one consistent separator.
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;

/**
 * Reads a date written as `yyyy-mm-dd`, `dd/mm/yyyy` or `dd-mm-yyyy` (leading
 * zeros optional). Returns null for anything that is not a real calendar date,
 * so callers cannot mistake a rolled-over date (30/02 → 02/03) for the input.
 *
 * @example
 * parseCivilDate('25/1/2026') //=> { year: 2026, month: 1, day: 25 }
 * parseCivilDate('2026-01-25') //=> { year: 2026, month: 1, day: 25 }
 * parseCivilDate('30/02/2026') //=> null
 */
export function parseCivilDate(text: string): CivilDate | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  const dayFirst = DAY_FIRST.exec(trimmed);
  let date: CivilDate;
  if (iso) {
    date = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  } else if (dayFirst) {
    date = { year: Number(dayFirst[4]), month: Number(dayFirst[3]), day: Number(dayFirst[1]) };
  } else {
    return null;
  }
  return isValidCivilDate(date) ? date : null;
}
