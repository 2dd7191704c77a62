/**
 * Values from the data are put into the content file's lines between these two private-use
 * characters, so that the Markdown of the line (**bold**, *italic*, [^footnote]) is read from
 * what the official wrote and never from the data: a document title "về *x* [^dia_gioi]" is
 * printed as typed, not turned into italics and a footnote.
 */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKED = /\uE000([^\uE001]*)\uE001/g;
const SLOT = /\uE000(\d+)\uE001/g;

/** A data value marked as literal text (the markers are stripped from the value first). */
export const literal = (value: string): string =>
  `${OPEN}${value.replace(/[\uE000\uE001]/g, '')}${CLOSE}`;

/**
 * Replaces each literal by a numbered slot that holds no Markdown character, and returns the
 * function putting the literals back into a piece of the masked text.
 */
export function maskLiterals(text: string): { masked: string; unmask: (piece: string) => string } {
  const values: string[] = [];
  const masked = text.replace(MARKED, (_, v: string) => `${OPEN}${values.push(v) - 1}${CLOSE}`);
  return {
    masked,
    unmask: (piece) => piece.replace(SLOT, (_, i: string) => values[Number(i)] ?? ''),
  };
}
