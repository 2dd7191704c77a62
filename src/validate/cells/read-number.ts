/** A number read from a cell, and whether it was typed as text in a sheet that has numbers. */
export interface NumberReading {
  readonly value: number;
  /** Text such as "176.319" or "176 319": accepted, but the official is told. */
  readonly fromGroupedText: boolean;
}

/** The numeric types of the data contract; a percentage alone may carry a "%". */
export type NumericType = 'count' | 'decimal' | 'percent';

const GROUPED = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/; // 176.319 or 1.234,5
/** Thousands set apart by spaces, as some exports write them: "176 319" (no-break spaces too). */
const SPACE_GROUPED = /^-?\d{1,3}([ \u00a0\u202f]\d{3})+(,\d+)?$/;
const COMMA_DECIMAL = /^-?\d+,\d+$/; // 82,16
const PLAIN = /^-?\d+(\.\d+)?$/; // 82.16 or 176319
/** "72,5%" or "72,5 %": a percentage written with its sign. */
const PERCENT_SIGN = /\s*%$/;

/** Whether a cell's text ends with "%" (a percentage) — read only in a percentage column. */
export const hasPercentSign = (text: string): boolean => PERCENT_SIGN.test(text.trim());

/**
 * Reads Vietnamese and plain numerals. In a count column "1.500" means one thousand five
 * hundred (Vietnamese thousands); in a decimal column a lone "." is a decimal point. Spaces
 * are read only between groups of three digits ("176 319"): "10 20" is two numbers, not 1020.
 * A "%" is read only in a percentage column: "1000%" in a count is no count of 1000.
 * Returns `undefined` when the text is not a number of the column's type.
 */
export function readNumber(raw: unknown, type: NumericType): NumberReading | undefined {
  if (typeof raw === 'number') return { value: raw, fromGroupedText: false };
  if (typeof raw !== 'string') return undefined;
  let text = raw.trim();
  if (hasPercentSign(text)) {
    if (type !== 'percent') return undefined;
    text = text.replace(PERCENT_SIGN, '');
  }
  const spaced = SPACE_GROUPED.test(text);
  if (spaced) text = text.replace(/[ \u00a0\u202f]/g, '.');
  if (GROUPED.test(text) && (type === 'count' || text.includes(',') || spaced)) {
    return { value: Number(text.replace(/\./g, '').replace(',', '.')), fromGroupedText: true };
  }
  if (COMMA_DECIMAL.test(text))
    return { value: Number(text.replace(',', '.')), fromGroupedText: false };
  if (PLAIN.test(text)) return { value: Number(text), fromGroupedText: false };
  return undefined;
}
