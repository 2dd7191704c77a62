import { asciiKey } from '../domain/closest-name';
import type { Para } from '../ooxml/docx-model';

/** Lower case, no diacritics, single spaces: how a heading is recognised however it is spelt. */
export const fold = (text: string): string => asciiKey(text);

/**
 * Whether `fold(text)` starts with `prefix` (lower case, ASCII), folding only when it may. The
 * fold of a text whose first character after white space is ASCII starts with that character in
 * lower case (marks after it fold away, white space before it is trimmed), so most paragraphs
 * (every cell of an annex) are answered from that character alone.
 */
export function foldStartsWith(text: string, prefix: string): boolean {
  if (prefix === '') return true;
  const at = text.search(/\S/);
  if (at < 0) return false;
  const code = text.charCodeAt(at);
  if (code < 128 && String.fromCharCode(code).toLowerCase() !== prefix[0]) return false;
  return fold(text).startsWith(prefix);
}

/** Written in capitals (and has letters). */
export const isCaps = (text: string): boolean =>
  /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi');

/** The text trimmed, with runs of spaces kept (a draft's blanks are spaces). */
export const trimmed = (p: Para): string => p.text.trim();

export const hasText = (p: Para): boolean => p.text.trim() !== '';

/** A paragraph's text shortened for a message. */
export function excerpt(text: string, max = 50): string {
  const one = text.replace(/\s*\n\s*/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
