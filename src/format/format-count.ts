import { formatNumber } from './format-number';

export interface FormatCountOptions {
  /** Write zero as the word "Không" instead of "0". */
  readonly zeroAsKhong?: boolean;
}

/**
 * Writes a count for running text: 1–9 take a leading zero ("03 thủ tục"), as is
 * usual in Vietnamese administrative writing; 10 and above get thousands dots.
 * Negative or fractional counts throw RangeError: they are caller bugs.
 *
 * @example
 * formatCount(3) //=> '03'
 * formatCount(0) //=> '0'
 * formatCount(0, { zeroAsKhong: true }) //=> 'Không'
 * formatCount(1008) //=> '1.008'
 */
export function formatCount(n: number, options: FormatCountOptions = {}): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`A count must be a non-negative safe integer, got ${n}`);
  }
  if (n === 0) return options.zeroAsKhong ? 'Không' : '0';
  return n < 10 ? `0${n}` : formatNumber(n);
}
