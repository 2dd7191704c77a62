import { formatNumber, type FormatNumberOptions } from './format-number';

/**
 * Writes a change between two readings as an arrow and its size: "↑" for a gain, "↓" for a
 * loss, "=" when nothing changed at the precision shown. For ranks, pass the places gained
 * (previous rank − current rank), so that climbing from 21st to 15th reads "↑ 6".
 *
 * @example
 * formatChange(6) //=> '↑ 6'
 * formatChange(-2) //=> '↓ 2'
 * formatChange(0) //=> '='
 * formatChange(1.26, { decimals: 2 }) //=> '↑ 1,26'
 * formatChange(-0.001, { decimals: 2 }) //=> '='
 */
export function formatChange(delta: number, options: FormatNumberOptions = {}): string {
  const size = formatNumber(Math.abs(delta), options);
  if (/^[0.,]+$/.test(size)) return '=';
  return `${delta > 0 ? '↑' : '↓'} ${size}`;
}
