import {
  assertCivilDate,
  assertYearMonth,
  compareCivilDate,
  daysInMonth,
  isLeapYear,
  isValidCivilDate,
  isValidYearMonth,
} from '../../src/format';

describe('isLeapYear and daysInMonth', () => {
  it.each([
    [2024, true],
    [2025, false],
    [2028, true],
    [1900, false],
    [2000, true],
  ])('isLeapYear(%p) is %p', (year, expected) => {
    expect(isLeapYear(year)).toBe(expected);
  });

  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2024, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
    [2026, 13, 0],
  ])('daysInMonth(%p-%p) is %p', (year, month, expected) => {
    expect(daysInMonth({ year, month })).toBe(expected);
  });
});

describe('isValidCivilDate', () => {
  it.each([
    { year: 2026, month: 1, day: 25 },
    { year: 2024, month: 2, day: 29 },
    { year: 2000, month: 2, day: 29 },
    { year: 2025, month: 12, day: 31 },
  ])('accepts %p', (d) => {
    expect(isValidCivilDate(d)).toBe(true);
  });

  it.each([
    { year: 2026, month: 2, day: 29 },
    { year: 1900, month: 2, day: 29 },
    { year: 2026, month: 2, day: 30 },
    { year: 2026, month: 4, day: 31 },
    { year: 2026, month: 2, day: 0 },
    { year: 2026, month: 13, day: 1 },
    { year: 2026, month: 0, day: 1 },
    { year: 2026, month: 1.5, day: 1 },
    { year: 2026, month: 1, day: NaN },
    { year: 0, month: 1, day: 1 },
    { year: 10000, month: 1, day: 1 },
  ])('rejects %p', (d) => {
    expect(isValidCivilDate(d)).toBe(false);
  });

  it('checks months without a day', () => {
    expect(isValidYearMonth({ year: 2026, month: 3 })).toBe(true);
    expect(isValidYearMonth({ year: 2026, month: 13 })).toBe(false);
  });

  it('asserts with RangeError', () => {
    expect(() => assertCivilDate({ year: 2026, month: 2, day: 30 })).toThrow(RangeError);
    expect(() => assertCivilDate({ year: 2026, month: 2, day: 28 })).not.toThrow();
    expect(() => assertYearMonth({ year: 2026, month: 0 })).toThrow(RangeError);
  });
});

describe('compareCivilDate', () => {
  const dec15 = { year: 2025, month: 12, day: 15 };
  const mar14 = { year: 2026, month: 3, day: 14 };
  const mar15 = { year: 2026, month: 3, day: 15 };

  it('orders by year, then month, then day', () => {
    expect(compareCivilDate(dec15, mar14)).toBe(-1);
    expect(compareCivilDate(mar15, mar14)).toBe(1);
    expect(compareCivilDate(mar14, { year: 2026, month: 3, day: 14 })).toBe(0);
    expect([mar15, dec15, mar14].sort(compareCivilDate)).toEqual([dec15, mar14, mar15]);
  });
});
