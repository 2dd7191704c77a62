/**
 * Characters that cannot stand in a Word or Excel file (XML 1.0 forbids most C0 controls and
 * U+FFFE/U+FFFF) or that only hide in text (C1 controls, byte-order marks, lone surrogates,
 * and the zero-width characters U+200B–U+200D, U+2060, U+00AD that make two names that look
 * the same compare different). Tab and line breaks are ordinary white space and stay.
 */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060\ufeff\ufffe\uffff]|\p{Cs}/gu;

/**
 * Characters that change the order in which text is shown (right-to-left overrides and marks,
 * isolates): "Sở\u202eTư pháp" prints reversed. Never removed silently, refused.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** The same sets, to ask whether a text holds any (no state kept between calls, unlike /g). */
const ANY_UNPRINTABLE = new RegExp(UNPRINTABLE.source, 'u');
const ANY_BIDI = new RegExp(BIDI.source, 'u');

const codePoint = (c: string) =>
  `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Removes unprintable characters from a cell's text and says which were removed.
 * @example cleanText('Sở\u0007 Tư pháp') // { text: 'Sở Tư pháp', removed: ['U+0007'] }
 */
export function cleanText(text: string): { text: string; removed: string[] } {
  // Nearly every cell has none: no replacement made, no list kept.
  if (!ANY_UNPRINTABLE.test(text)) return { text, removed: [] };
  const removed: string[] = [];
  const clean = text.replace(UNPRINTABLE, (c) => {
    removed.push(codePoint(c));
    return '';
  });
  return { text: clean, removed };
}

/**
 * The bidirectional controls of a text, as code points.
 * @example bidiControls('Sở \u202eTư pháp') // ['U+202E']
 */
export function bidiControls(text: string): string[] {
  if (!ANY_BIDI.test(text)) return [];
  return [...text.matchAll(BIDI)].map((m) => codePoint(m[0]));
}
