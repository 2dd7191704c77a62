import { formatDateNumeric, formatDateShort, padDay, padMonth } from '../../src/format';

describe('padDay and padMonth', () => {
  it('pads every day below 10', () => {
    expect(padDay(1)).toBe('01');
    expect(padDay(9)).toBe('09');
    expect(padDay(10)).toBe('10');
    expect(padDay(31)).toBe('31');
  });

  it('pads only January and February', () => {
    expect(padMonth(1)).toBe('01');
    expect(padMonth(2)).toBe('02');
    expect(padMonth(3)).toBe('3');
    expect(padMonth(9)).toBe('9');
    expect(padMonth(10)).toBe('10');
    expect(padMonth(12)).toBe('12');
  });
});

describe('formatDateShort and formatDateNumeric', () => {
  it.each([
    [2025, 12, 15, 'ngày 15/12/2025'],
    [2025, 6, 9, 'ngày 09/6/2025'],
    [2026, 1, 26, 'ngày 26/01/2026'],
    [2026, 3, 5, 'ngày 05/3/2026'],
    [2026, 2, 1, 'ngày 01/02/2026'],
    [2025, 10, 1, 'ngày 01/10/2025'],
    [2026, 3, 14, 'ngày 14/3/2026'],
  ])('%p-%p-%p is %p', (year, month, day, expected) => {
    expect(formatDateShort({ year, month, day })).toBe(expected);
  });

  it.each([
    [2025, 6, 9, '09/6/2025'],
    [2026, 1, 5, '05/01/2026'],
    [2025, 11, 30, '30/11/2025'],
  ])('numeric %p-%p-%p is %p', (year, month, day, expected) => {
    expect(formatDateNumeric({ year, month, day })).toBe(expected);
  });

  it('throws RangeError for an impossible date', () => {
    expect(() => formatDateShort({ year: 2026, month: 2, day: 30 })).toThrow(RangeError);
    expect(() => formatDateNumeric({ year: 2026, month: 13, day: 1 })).toThrow(RangeError);
  });
});
