import { formatPeriodRange, formatPeriodTitle } from '../../src/format';
import type { Period } from '../../src/format/calendar-types';

describe('formatPeriodTitle', () => {
  it.each<[Period, string]>([
    [{ year: 2026, kind: 'quarter', quarter: 1 }, 'Quý I năm 2026'],
    [{ year: 2026, kind: 'quarter', quarter: 2 }, 'Quý II năm 2026'],
    [{ year: 2026, kind: 'quarter', quarter: 3 }, 'Quý III năm 2026'],
    [{ year: 2025, kind: 'quarter', quarter: 4 }, 'Quý IV năm 2025'],
    [{ year: 2026, kind: 'half' }, '6 tháng đầu năm 2026'],
    [{ year: 2026, kind: 'nine-months' }, '9 tháng năm 2026'],
    [{ year: 2026, kind: 'year' }, 'năm 2026'],
  ])('%p is %p', (period, expected) => {
    expect(formatPeriodTitle(period)).toBe(expected);
  });

  it('throws RangeError for a quarter that slipped past the type checker', () => {
    const bad = JSON.parse('{"year":2026,"kind":"quarter","quarter":5}') as Period;
    expect(() => formatPeriodTitle(bad)).toThrow(RangeError);
  });
});

describe('formatPeriodRange', () => {
  it('writes both ends with "ngày"', () => {
    expect(
      formatPeriodRange({ year: 2025, month: 12, day: 15 }, { year: 2026, month: 3, day: 14 }),
    ).toBe('từ ngày 15/12/2025 đến ngày 14/3/2026');
    expect(
      formatPeriodRange({ year: 2026, month: 1, day: 1 }, { year: 2026, month: 2, day: 5 }),
    ).toBe('từ ngày 01/01/2026 đến ngày 05/02/2026');
  });

  it('accepts a single-day period', () => {
    const day = { year: 2026, month: 3, day: 5 };
    expect(formatPeriodRange(day, day)).toBe('từ ngày 05/3/2026 đến ngày 05/3/2026');
  });

  it('throws RangeError when the period is reversed or a date is impossible', () => {
    const later = { year: 2026, month: 3, day: 14 };
    const earlier = { year: 2025, month: 12, day: 15 };
    expect(() => formatPeriodRange(later, earlier)).toThrow(RangeError);
    expect(() => formatPeriodRange(earlier, { year: 2026, month: 2, day: 30 })).toThrow(RangeError);
  });
});
