/** A number read from a cell, and whether it was typed as text in a sheet that has numbers. */
export interface NumberReading {
  readonly value: number;
  /** Text such as "176.319": accepted, but the official is told. */
  readonly fromGroupedText: boolean;
}

const GROUPED = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/; // 176.319 or 1.234,5
const COMMA_DECIMAL = /^-?\d+,\d+$/; // 82,16
const PLAIN = /^-?\d+(\.\d+)?$/; // 82.16 or 176319

/**
 * Reads Vietnamese and plain numerals. In a count column "1.500" means one thousand five
 * hundred (Vietnamese thousands); in a decimal column a lone "." is a decimal point.
 * Returns `undefined` when the text is not a number.
 */
export function readNumber(raw: unknown, integerColumn: boolean): NumberReading | undefined {
  if (typeof raw === 'number') return { value: raw, fromGroupedText: false };
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim().replace(/\s+/g, '').replace(/%$/, '');
  if (GROUPED.test(text) && (integerColumn || text.includes(','))) {
    return { value: Number(text.replace(/\./g, '').replace(',', '.')), fromGroupedText: true };
  }
  if (COMMA_DECIMAL.test(text))
    return { value: Number(text.replace(',', '.')), fromGroupedText: false };
  if (PLAIN.test(text)) return { value: Number(text), fromGroupedText: false };
  return undefined;
}
