import { formatDateNumeric, isValidCivilDate, utcCivilDate } from '../format';
import { visible } from './visible';

/** Characters quoted from a cell in a message; the cell itself is never cut. */
const SHOWN_LENGTH = 80;

/**
 * A cell's value as a message quotes it: dates as 25/01/2026, invisible characters made
 * visible (U+0007), long text cut with "…", so one bad cell cannot flood or garble the screen.
 * @example shownValue('a\u0007b') // 'a<U+0007>b'
 */
export function shownValue(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date) {
    const date = utcCivilDate(raw);
    if (isValidCivilDate(date)) return formatDateNumeric(date);
  }
  // A sheet fault (formula, #REF!) is quoted by its text, cut and made visible as any text.
  const text = typeof raw === 'object' && 'text' in raw ? String(raw.text) : String(raw);
  return visible(cutAt(text, SHOWN_LENGTH));
}

/**
 * The first `max` characters (code points) of a text, with "…" when there were more. Looks at
 * no more than it keeps: a 40 MB cell is not spread into an array to be measured.
 * @example cutAt('Sở Tư pháp', 2) // 'Sở…'
 */
export function cutAt(text: string, max: number): string {
  // A code point is at most two UTF-16 units: a text this short cannot be over.
  if (text.length <= max) return text;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // The second half of a surrogate pair belongs to the code point before it.
    if (unit >= 0xdc00 && unit <= 0xdfff && i > 0) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) continue;
    }
    if (count === max) return `${text.slice(0, i)}…`;
    count++;
  }
  return text;
}
