import type { FrameDate } from '../../format/calendar-types';
import { isValidCivilDate } from '../../format';

/** Years a letter may be dated in. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;

export const LETTER_DATE_HELP =
  'ghi dạng 2026-04-28 khi đã ban hành; 2026-04 (để trống ngày) hoặc 2026 (để trống ngày và tháng) khi còn là dự thảo';

/**
 * Why a letter's date (ngay) cannot be printed, in Vietnamese, or null when it can: a real
 * day ("2026-02-30" is not), a month 1–12, a year of four digits.
 * @example letterDateProblem('2026-02-30') // 'ngày 30/02/2026 không có trên lịch'
 */
export function letterDateProblem(value: unknown): string | null {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return `"${text}" không phải một ngày: ${LETTER_DATE_HELP}`;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return `năm ${m[1]} không hợp lệ`;
  if (month !== undefined && (month < 1 || month > 12))
    return `tháng ${m[2]} không có (tháng từ 01 đến 12)`;
  if (month !== undefined && day !== undefined && !isValidCivilDate({ year, month, day }))
    return `ngày ${m[3]}/${m[2]}/${m[1]} không có trên lịch`;
  return null;
}

/**
 * The date of a letter's frame as its header prints it: whole, a draft's month, or the year
 * alone. Null when it cannot be printed (see letterDateProblem).
 * @example letterDate('2026-04') // { year: 2026, month: 4 }
 */
export function letterDate(value: unknown): FrameDate | null {
  if (letterDateProblem(value) !== null) return null;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  const [year, month, day] = text.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) return { year };
  return day === undefined ? { year, month } : { year, month, day };
}
