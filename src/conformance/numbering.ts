import { daysInMonth } from '../format';
import type { FormatDefect } from '../issues/messages';

/** One thing wrong with a number or a date as written. */
export interface TextDefect {
  readonly defect: FormatDefect;
  readonly found: string;
  readonly expected: string;
}

// The padding rules are written here from REFERENCE §5 rather than taken from src/format, so
// that the checker reads the generated documents against the rule, not against the generator.
const SYMBOL = /^[\p{L}\d]+(?:-[\p{L}\d]+)+$/u;
// A draft leaves the number or the day to be filled in by spaces, dots or an ellipsis.
const BLANK = '[\\s.…]+';
const NUMBER = new RegExp(`^(?:\\s*(\\d+)|${BLANK})\\/([^\\s/]+)$`, 'u');
const DATE = new RegExp(
  `^ngày(\\s+(\\d+)\\s+|${BLANK})tháng(\\s+(\\d+)\\s+|${BLANK})năm\\s(\\d{4})$`,
  'u',
);

/**
 * What is wrong with the number and symbol after "Số:" / "số" — "12/BC-UBND", "05/UBND-HCC",
 * or a draft's blank ("      /BC-UBND", "......./BC-UBND", "…/BC-UBND") — or null when right.
 * @example numberDefect(' 5/BC-UBND') // { defect: 'pad-number', found: '5', expected: '05' }
 */
export function numberDefect(afterSo: string, example = ' 12/BC-UBND'): TextDefect | null {
  const m = NUMBER.exec(afterSo);
  if (!m || !SYMBOL.test(m[2]!))
    return { defect: 'pattern', found: afterSo.trim(), expected: example.trim() };
  const digits = m[1];
  if (digits === undefined) return null;
  const n = Number(digits);
  const want = n < 10 ? `0${n}` : String(n);
  if (n === 0) return { defect: 'pattern', found: afterSo.trim(), expected: example.trim() };
  if (digits === want) return null;
  return { defect: n < 10 ? 'pad-number' : 'unpad-number', found: digits, expected: want };
}

/**
 * What is wrong with "ngày 05 tháng 01 năm 2026" (from "ngày" on), or null when right: day
 * below 10 and months 1, 2 with a leading zero, months 3–12 without; a draft leaves the day
 * (and maybe the month) blank, with spaces, dots or an ellipsis ("ngày ..... tháng 3 năm 2026").
 * @example dateDefect('ngày 5 tháng 3 năm 2026') // { defect: 'pad-day', found: 'ngày 5', expected: 'ngày 05' }
 */
export function dateDefect(text: string): TextDefect | null {
  const example = 'ngày 05 tháng 01 năm 2026';
  const m = DATE.exec(text);
  if (!m) return { defect: 'pattern', found: text, expected: example };
  const [day, month, year] = [m[2], m[4], Number(m[5])];
  if (day !== undefined) {
    const d = Number(day);
    const want = d < 10 ? `0${d}` : String(d);
    if (d < 1 || d > 31 || (day !== want && d >= 10))
      return { defect: 'pattern', found: text, expected: example };
    if (day !== want) return { defect: 'pad-day', found: `ngày ${day}`, expected: `ngày ${want}` };
  }
  if (month === undefined)
    return day === undefined ? null : { defect: 'blank-month', found: text, expected: example };
  const mo = Number(month);
  if (mo < 1 || mo > 12) return { defect: 'pattern', found: text, expected: example };
  const want = mo <= 2 ? `0${mo}` : String(mo);
  if (month !== want)
    return {
      defect: mo <= 2 ? 'pad-month' : 'unpad-month',
      found: `tháng ${month}`,
      expected: `tháng ${want}`,
    };
  if (day !== undefined && Number(day) > daysInMonth({ year, month: mo }))
    return { defect: 'no-such-date', found: `${day}/${month}/${year}`, expected: '' };
  return null;
}

/**
 * What is wrong with a date in running text, "16/6/2026" or "09/02/2026" (REFERENCE §6: two-digit
 * day, month with a leading zero only for January and February), or null when right.
 * @example numericDateDefect('9/6/2025') // { defect: 'pad-day', found: '9/6/2025', expected: '09/6/2025' }
 */
export function numericDateDefect(text: string): TextDefect | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m) return { defect: 'pattern', found: text, expected: '16/6/2026' };
  const [d, mo, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth({ year, month: mo }))
    return { defect: 'no-such-date', found: text, expected: '' };
  const expected = `${d < 10 ? `0${d}` : d}/${mo <= 2 ? `0${mo}` : mo}/${year}`;
  if (expected === text) return null;
  const defect =
    m[1] !== expected.split('/')[0] ? 'pad-day' : mo <= 2 ? 'pad-month' : 'unpad-month';
  return { defect, found: text, expected };
}
