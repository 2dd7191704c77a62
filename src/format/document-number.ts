/** Blank a draft leaves for its number: "Số:      /BC-UBND" (REFERENCE §5). */
const DRAFT_BLANK = ' '.repeat(6);

/**
 * What follows "Số:" (or "số" in a sentence): the number with a leading zero below 10 and the
 * symbol, or the blank of a draft not yet numbered.
 * @example 'Số:' + formatDocumentNumber('5', 'UBND-HCC') // 'Số: 05/UBND-HCC'
 * @example 'Số:' + formatDocumentNumber(null, 'BC-UBND') // 'Số:      /BC-UBND'
 */
export function formatDocumentNumber(number: string | null, symbol: string): string {
  if (number === null || number.trim() === '') return `${DRAFT_BLANK}/${symbol}`;
  const n = number.trim();
  return ` ${/^\d$/.test(n) ? `0${n}` : n}/${symbol}`;
}
