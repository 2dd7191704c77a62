import { roundDecimal } from '../../src/format/decimal-string';

const shown = (abs: number, places: number) => {
  const { intDigits, fracDigits } = roundDecimal(abs, places);
  return places > 0 ? `${intDigits}.${fracDigits}` : intDigits;
};

test('numbers with no more decimals than asked are written with their own digits', () => {
  expect(shown(15.34, 2)).toBe('15.34');
  expect(shown(15.3, 2)).toBe('15.30');
  expect(shown(0.5, 3)).toBe('0.500');
  expect(shown(82.16, 4)).toBe('82.1600');
  expect(shown(7, 2)).toBe('7.00');
});

test('more decimals are rounded half away from zero on the decimal text, not the binary value', () => {
  expect(shown(1.005, 2)).toBe('1.01');
  expect(shown(0.1 + 0.2, 10)).toBe('0.3000000000');
  expect(shown(0.1 + 0.2, 1)).toBe('0.3');
  expect(shown(2.5, 0)).toBe('3');
  expect(shown(0.05, 1)).toBe('0.1');
  expect(shown(99.995, 2)).toBe('100.00');
  expect(shown(12.3449, 2)).toBe('12.34');
});

test('numbers that String() writes with an exponent', () => {
  expect(shown(1e-7, 2)).toBe('0.00');
  expect(shown(1.5e-7, 7)).toBe('0.0000002');
  expect(shown(1.5e21, 1)).toBe('1500000000000000000000.0');
});
