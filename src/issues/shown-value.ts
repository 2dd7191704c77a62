import { formatDateNumeric, isValidCivilDate, utcCivilDate } from '../format';

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
  const cut =
    [...text].length > SHOWN_LENGTH ? `${[...text].slice(0, SHOWN_LENGTH).join('')}…` : text;
  return visible(cut);
}

/** Control characters written as <U+0007>: a message must not ring, erase or recolour a terminal. */
export const visible = (text: string): string =>
  text.replace(
    CONTROL,
    (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
