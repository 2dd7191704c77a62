/** Integer and fraction digits of a non-negative decimal, without sign or point. */
export interface DecimalParts {
  readonly intDigits: string;
  readonly fracDigits: string;
}

// String(n) gives the shortest decimal that reads back as n, so rounding that
// text (not the binary value) turns 1.005 into 1.01 as a person would expect.
function toPlainDecimal(abs: number): DecimalParts {
  const [mantissa = '0', exponent = '0'] = String(abs).split('e');
  const [intPart = '0', fracPart = ''] = mantissa.split('.');
  const digits = intPart + fracPart;
  const point = intPart.length + Number(exponent);
  if (point <= 0) return { intDigits: '0', fracDigits: '0'.repeat(-point) + digits };
  return { intDigits: digits.slice(0, point).padEnd(point, '0'), fracDigits: digits.slice(point) };
}

/**
 * Rounds a non-negative finite number half away from zero to `places` decimals,
 * in exact decimal arithmetic (BigInt) so no float artefact can appear.
 *
 * @example
 * roundDecimal(0.1 + 0.2, 10) //=> { intDigits: '0', fracDigits: '3000000000' }
 * roundDecimal(1.005, 2) //=> { intDigits: '1', fracDigits: '01' }
 */
export function roundDecimal(abs: number, places: number): DecimalParts {
  // Whole numbers, most figures of a report: nothing to round, String(n) is all their digits.
  if (Number.isSafeInteger(abs)) return { intDigits: String(abs), fracDigits: '0'.repeat(places) };
  // No more decimals than `places` (a score 15.34 shown with two): nothing to round either.
  const text = String(abs);
  const dot = text.indexOf('.');
  if (dot > 0 && text.length - dot - 1 <= places && !text.includes('e'))
    return { intDigits: text.slice(0, dot), fracDigits: text.slice(dot + 1).padEnd(places, '0') };
  const { intDigits, fracDigits } = toPlainDecimal(abs);
  let scaled = BigInt(intDigits + fracDigits.padEnd(places, '0').slice(0, places));
  if ((fracDigits[places] ?? '0') >= '5') scaled += 1n;
  const rounded = scaled.toString().padStart(places + 1, '0');
  const point = rounded.length - places;
  return { intDigits: rounded.slice(0, point), fracDigits: rounded.slice(point) };
}
