import { TIMES_WIDTHS } from './times-widths';

/** How a run is set: its size in points and its face. */
export interface TextLook {
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

const MM_PER_POINT = 25.4 / 72;

// A Vietnamese letter is as wide as its base letter (the marks sit above or below it), except
// the horned ơ and ư, whose horn sticks out to the right: counted a tenth wider.
const HORNED = /[ơưƠƯ]/u;

/**
 * Width of the character at code point `code` in thousandths of an em: a combining mark or a
 * control character none, a letter outside ASCII as its base letter, any other character as a
 * capital M.
 */
function charWidth(code: number, widths: readonly number[]): number {
  // Printable ASCII, most of any text: its own width (what the lines below find for it).
  if (code >= 32 && code <= 126) return widths[code - 32]!;
  let known = others.get(widths);
  if (!known) others.set(widths, (known = new Map()));
  let w = known.get(code);
  if (w === undefined) known.set(code, (w = otherWidth(String.fromCodePoint(code), widths)));
  return w;
}

/** Widths of the characters outside printable ASCII met so far, by face and code point. */
const others = new WeakMap<readonly number[], Map<number, number>>();

function otherWidth(ch: string, widths: readonly number[]): number {
  if (/[\p{M}\p{Cc}]/u.test(ch)) return 0;
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '').replace('đ', 'd').replace('Đ', 'D');
  const code = base.length === 1 ? base.charCodeAt(0) : 0;
  const w = code >= 32 && code <= 126 ? widths[code - 32]! : widths['M'.charCodeAt(0) - 32]!;
  return HORNED.test(ch) ? w * 1.1 : w;
}

/**
 * Printed width of `text` in millimetres, in Times New Roman (or Liberation Serif, which has
 * the same metrics) at `look`: what a table column or a header box must hold for the text to
 * stay on one line. No kerning, so it errs a little on the wide side.
 *
 * @example
 * Math.round(textWidth('1.669.536', { size: 11, bold: true }) * 10) / 10 //=> 15.7
 */
export function textWidth(text: string, look: TextLook): number {
  const face = look.bold
    ? look.italic
      ? TIMES_WIDTHS.boldItalic
      : TIMES_WIDTHS.bold
    : look.italic
      ? TIMES_WIDTHS.italic
      : TIMES_WIDTHS.regular;
  let units = 0;
  // By code point, not `for…of`: that makes a string of each character, a new object for each
  // Vietnamese letter, and every cell of every table is measured.
  const nfc = text.normalize('NFC');
  for (let i = 0; i < nfc.length; i++) {
    const code = nfc.codePointAt(i)!;
    if (code > 0xffff) i++;
    units += charWidth(code, face);
  }
  return (units / 1000) * look.size * MM_PER_POINT;
}

/**
 * Width of the widest word of `text` (split at spaces): the narrowest a wrapping cell can be.
 *
 * @example
 * widestWord('Tổng số', { size: 11 }) === textWidth('Tổng', { size: 11 }) //=> true
 */
export function widestWord(text: string, look: TextLook): number {
  return Math.max(0, ...text.split(/\s+/u).map((w) => textWidth(w, look)));
}

/**
 * Lines `text` takes in a column `width` mm wide, wrapped at spaces as Word and LibreOffice
 * wrap it (a word wider than the column stands on a line of its own): what a table row must be
 * tall enough to hold.
 *
 * @example
 * wrappedLines('Số TTHC được đánh giá tác động', { size: 11, bold: true }, 16.5) //=> 4
 */
export function wrappedLines(text: string, look: TextLook, width: number): number {
  const space = textWidth(' ', look);
  let lines = 0;
  let used = 0;
  for (const word of text.split(/\s+/u).filter((w) => w !== '')) {
    const w = textWidth(word, look);
    if (lines > 0 && used + space + w <= width) used += space + w;
    else {
      lines++;
      used = w;
    }
  }
  return Math.max(1, lines);
}
