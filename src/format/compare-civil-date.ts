import type { CivilDate } from './calendar-types';

/**
 * Orders two dates: negative if `a` is earlier, 0 if equal, positive if later.
 * Usable directly as an `Array.prototype.sort` comparator.
 *
 * @example
 * compareCivilDate({ year: 2025, month: 12, day: 15 }, { year: 2026, month: 3, day: 14 }) //=> -1
 */
export function compareCivilDate(a: CivilDate, b: CivilDate): number {
  return Math.sign(a.year - b.year || a.month - b.month || a.day - b.day);
}
