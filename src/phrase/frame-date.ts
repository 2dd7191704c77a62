import type { FrameDate } from '../format/calendar-types';
import { formatDraftHeaderDate, formatHeaderDate } from '../format';

/** Blank of a day or month not yet known, as in "ngày      tháng      năm 2025" (seed 001). */
const BLANK = ' '.repeat(6);

/**
 * The date of a header as the frame gives it: whole, a draft's month with the day blank, or
 * the year alone.
 * @example frameDate({ year: 2026, month: 4 }) // 'ngày      tháng 4 năm 2026'
 */
export function frameDate(d: FrameDate): string {
  if (d.month === undefined) return `ngày${BLANK}tháng${BLANK}năm ${d.year}`;
  if (d.day === undefined) return formatDraftHeaderDate({ year: d.year, month: d.month });
  return formatHeaderDate({ year: d.year, month: d.month, day: d.day });
}
