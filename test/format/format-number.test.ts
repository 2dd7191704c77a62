import fc from 'fast-check';
import { formatNumber } from '../../src/format';

const RUNS = { numRuns: 2000 };

/** Reads Vietnamese notation back into a JS number. */
function parseVietnamese(text: string): number {
  return Number(text.replaceAll('.', '').replace(',', '.'));
}

describe('formatNumber', () => {
  it.each([
    [176319, '176.319'],
    [82.16, '82,16'],
    [13.3, '13,3'],
    [-1234.5, '-1.234,5'],
    [0, '0'],
    [-0, '0'],
    [100, '100'],
    [1000, '1.000'],
    [1234567.891, '1.234.567,891'],
    [0.1 + 0.2, '0,3'],
    [0.0000001, '0,0000001'],
    [0.00000000001, '0'],
    [9007199254740991, '9.007.199.254.740.991'],
    [-9007199254740991, '-9.007.199.254.740.991'],
  ])('formatNumber(%p) is %p', (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });

  it.each([
    [13.3, 2, '13,30'],
    [82.16, 1, '82,2'],
    [1.005, 2, '1,01'],
    [999.995, 2, '1.000,00'],
    [2.5, 0, '3'],
    [-2.5, 0, '-3'],
    [-0.001, 2, '0,00'],
    [176319, 2, '176.319,00'],
    [0, 3, '0,000'],
  ])('formatNumber(%p, { decimals: %p }) is %p', (n, decimals, expected) => {
    expect(formatNumber(n, { decimals })).toBe(expected);
  });

  it.each([NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 53)])('throws RangeError for %p', (n) => {
    expect(() => formatNumber(n)).toThrow(RangeError);
  });

  it.each([-1, 1.5, 21])('throws RangeError for decimals %p', (decimals) => {
    expect(() => formatNumber(1, { decimals })).toThrow(RangeError);
  });

  it('gives back any safe integer once the dots are removed', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(Number(formatNumber(n).replaceAll('.', ''))).toBe(n === 0 ? 0 : n);
      }),
      RUNS,
    );
  });

  it('groups integers in threes after a first group of one to three digits', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(formatNumber(n)).toMatch(/^-?(0|[1-9]\d{0,2}(\.\d{3})*)$/);
      }),
      RUNS,
    );
  });

  it('writes fractions with one comma and reads back as the number rounded to the shown decimals', () => {
    const decimalsArb = fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined });
    const valueArb = fc.double({ min: -1e12, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(valueArb, decimalsArb, (n, decimals) => {
        const text = formatNumber(n, { decimals });
        expect(text).toMatch(/^-?(0|[1-9]\d{0,2}(\.\d{3})*)(,\d+)?$/);
        expect(text.split(',').length).toBeLessThanOrEqual(2);
        const shown = text.split(',')[1]?.length ?? 0;
        if (decimals !== undefined) expect(shown).toBe(decimals);
        // The shown value must be the nearest step of 10^-shown (either one on an exact tie).
        const tolerance = 0.5 * 10 ** -shown + Math.max(1, Math.abs(n)) * 4 * Number.EPSILON;
        expect(Math.abs(parseVietnamese(text) - n)).toBeLessThanOrEqual(tolerance);
      }),
      RUNS,
    );
  });

  it('reproduces short decimals exactly when decimals are not given', () => {
    const arb = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }));
    fc.assert(
      fc.property(arb, ([units, places]) => {
        const n = units / 10 ** places;
        const text = formatNumber(n);
        expect(parseVietnamese(text)).toBe(n === 0 ? 0 : n);
        expect(text.split(',')[1]?.length ?? 0).toBeLessThanOrEqual(places);
      }),
      RUNS,
    );
  });
});
