import { roundDecimal } from './decimal-string';

export interface FormatNumberOptions {
  /** Exact number of decimals to show (0–20); omitted means "as many as needed, up to 10". */
  readonly decimals?: number;
}

// Ten places absorb binary noise (0.1 + 0.2) while keeping any real precision.
const MAX_AUTO_DECIMALS = 10;

/**
 * Writes a number the Vietnamese way: "." between thousands, "," before decimals.
 * Throws RangeError for non-finite numbers or magnitudes beyond
 * `Number.MAX_SAFE_INTEGER`, whose digits would no longer be exact.
 *
 * @example
 * formatNumber(176319) //=> '176.319'
 * formatNumber(-1234.5) //=> '-1.234,5'
 * formatNumber(0.1 + 0.2) //=> '0,3'
 * formatNumber(13.3, { decimals: 2 }) //=> '13,30'
 */
export function formatNumber(n: number, options: FormatNumberOptions = {}): string {
  const { decimals } = options;
  if (!Number.isFinite(n) || Math.abs(n) > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(`Cannot format number: ${n}`);
  }
  if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 20)) {
    throw new RangeError(`decimals must be an integer from 0 to 20, got ${decimals}`);
  }
  const rounded = roundDecimal(Math.abs(n), decimals ?? MAX_AUTO_DECIMALS);
  const frac = decimals === undefined ? rounded.fracDigits.replace(/0+$/, '') : rounded.fracDigits;
  // A value that rounds to zero must not print as "-0".
  const isZero = /^0*$/.test(rounded.intDigits + frac);
  const sign = n < 0 && !isZero ? '-' : '';
  const grouped = rounded.intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return sign + grouped + (frac === '' ? '' : `,${frac}`);
}
