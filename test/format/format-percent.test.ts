import { formatPercent } from '../../src/format';

describe('formatPercent', () => {
  it.each([
    [98.59, '98,59%'],
    [100, '100%'],
    [66.666666, '66,67%'],
    [5.1, '5,10%'],
    [0, '0%'],
    [12.345, '12,35%'],
    [99.994, '99,99%'],
    [99.999, '100%'],
    [1234.5, '1.234,50%'],
    [-3.25, '-3,25%'],
  ])('formatPercent(%p) is %p', (n, expected) => {
    expect(formatPercent(n)).toBe(expected);
  });

  it('throws RangeError for NaN', () => {
    expect(() => formatPercent(NaN)).toThrow(RangeError);
  });
});
