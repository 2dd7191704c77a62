/**
 * Control and invisible characters written as <U+0007>: a message must not ring, erase or
 * recolour a terminal, nor hide a character (U+200B) or reverse the text (U+202E) so that two
 * different names look the same.
 * @example visible('Sở\u200bY tế') // 'Sở<U+200B>Y tế'
 */
export const visible = (text: string): string =>
  text.replace(
    INVISIBLE,
    (c) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );

// C0 and C1 controls, format characters (zero-width, bidirectional, soft hyphen, BOM), line and
// paragraph separators, lone surrogates and the two non-characters U+FFFE, U+FFFF.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]|\p{Cf}|\p{Cs}/gu;
