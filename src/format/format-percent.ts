import { formatNumber } from './format-number';

/**
 * Writes a percentage with two decimals, dropping them when the rounded value is
 * whole (reports write "100%", not "100,00%"). No space before "%", as in the
 * source documents.
 *
 * @example
 * formatPercent(98.59) //=> '98,59%'
 * formatPercent(5.1) //=> '5,10%'
 * formatPercent(66.666666) //=> '66,67%'
 * formatPercent(100) //=> '100%'
 */
export function formatPercent(n: number): string {
  const text = formatNumber(n, { decimals: 2 });
  return `${text.endsWith(',00') ? text.slice(0, -3) : text}%`;
}
