/**
 * Characters that cannot stand in a Word or Excel file (XML 1.0 forbids most C0 controls and
 * U+FFFE/U+FFFF) or that only hide in text (C1 controls, byte-order marks, lone surrogates).
 * Tab and line breaks are ordinary white space and stay.
 */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff]|\p{Cs}/gu;

const codePoint = (c: string) =>
  `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Removes unprintable characters from a cell's text and says which were removed.
 * @example cleanText('Sở\u0007 Tư pháp') // { text: 'Sở Tư pháp', removed: ['U+0007'] }
 */
export function cleanText(text: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const clean = text.replace(UNPRINTABLE, (c) => {
    removed.push(codePoint(c));
    return '';
  });
  return { text: clean, removed };
}
