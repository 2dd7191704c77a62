import { formatDraftHeaderDate, formatHeaderDate, formatPlaceDate } from '../../src/format';

describe('formatHeaderDate', () => {
  it.each([
    [2026, 1, 5, 'ngày 05 tháng 01 năm 2026'],
    [2025, 8, 25, 'ngày 25 tháng 8 năm 2025'],
    [2026, 3, 14, 'ngày 14 tháng 3 năm 2026'],
    [2026, 2, 28, 'ngày 28 tháng 02 năm 2026'],
    [2025, 12, 1, 'ngày 01 tháng 12 năm 2025'],
  ])('%p-%p-%p is %p', (year, month, day, expected) => {
    expect(formatHeaderDate({ year, month, day })).toBe(expected);
  });

  it('throws RangeError for an impossible date', () => {
    expect(() => formatHeaderDate({ year: 2026, month: 2, day: 29 })).toThrow(RangeError);
  });
});

describe('formatDraftHeaderDate', () => {
  it('leaves exactly six spaces for the day', () => {
    expect(formatDraftHeaderDate({ year: 2026, month: 3 })).toBe('ngày      tháng 3 năm 2026');
    expect(formatDraftHeaderDate({ year: 2026, month: 3 })).toContain(
      'ngày' + ' '.repeat(6) + 'tháng',
    );
  });

  it('pads only January and February', () => {
    expect(formatDraftHeaderDate({ year: 2026, month: 2 })).toBe('ngày      tháng 02 năm 2026');
    expect(formatDraftHeaderDate({ year: 2026, month: 1 })).toBe('ngày      tháng 01 năm 2026');
    expect(formatDraftHeaderDate({ year: 2025, month: 12 })).toBe('ngày      tháng 12 năm 2025');
  });

  it('throws RangeError for an impossible month', () => {
    expect(() => formatDraftHeaderDate({ year: 2026, month: 13 })).toThrow(RangeError);
  });
});

describe('formatPlaceDate', () => {
  it('prefixes the place to a known date', () => {
    expect(formatPlaceDate('Lào Cai', { year: 2026, month: 1, day: 5 })).toBe(
      'Lào Cai, ngày 05 tháng 01 năm 2026',
    );
  });

  it('uses the draft form when the day is unknown', () => {
    expect(formatPlaceDate('Lào Cai', { year: 2026, month: 3 })).toBe(
      'Lào Cai, ngày      tháng 3 năm 2026',
    );
  });
});
