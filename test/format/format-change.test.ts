import { formatChange } from '../../src/format';

describe('formatChange', () => {
  it.each([
    [6, {}, '↑ 6'],
    [-2, {}, '↓ 2'],
    [0, {}, '='],
    [1.26, { decimals: 2 }, '↑ 1,26'],
    [-0.45, { decimals: 2 }, '↓ 0,45'],
    [-1.1, { decimals: 2 }, '↓ 1,10'],
    [0.004, { decimals: 2 }, '='],
    [-0.001, { decimals: 2 }, '='],
    [1234.5, { decimals: 2 }, '↑ 1.234,50'],
  ])('formatChange(%p, %p) is %p', (n, options, expected) => {
    expect(formatChange(n, options)).toBe(expected);
  });
});
