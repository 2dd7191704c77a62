import fc from 'fast-check';
import { formatCount, formatNumber } from '../../src/format';

describe('formatCount', () => {
  it.each([
    [3, '03'],
    [8, '08'],
    [1, '01'],
    [9, '09'],
    [0, '0'],
    [10, '10'],
    [99, '99'],
    [1008, '1.008'],
    [176319, '176.319'],
  ])('formatCount(%p) is %p', (n, expected) => {
    expect(formatCount(n)).toBe(expected);
  });

  it('writes zero as "Không" on request', () => {
    expect(formatCount(0, { zeroAsKhong: true })).toBe('Không');
    expect(formatCount(5, { zeroAsKhong: true })).toBe('05');
    expect(formatCount(12, { zeroAsKhong: true })).toBe('12');
  });

  it.each([-1, 1.5, NaN, Infinity, 2 ** 53])('throws RangeError for %p', (n) => {
    expect(() => formatCount(n)).toThrow(RangeError);
  });

  // The brief's property "0–9 has length 2" conflicts with its own rule that 0 stays "0".
  it('writes every count from 1 to 9 with two characters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), (n) => {
        expect(formatCount(n)).toHaveLength(2);
        expect(formatCount(n)).toBe(`0${n}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes counts of 10 and above like formatNumber', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(formatCount(n)).toBe(formatNumber(n));
      }),
      { numRuns: 1000 },
    );
  });
});
