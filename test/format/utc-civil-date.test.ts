import { utcCivilDate } from '../../src/format';

describe('utcCivilDate', () => {
  it.each([
    [new Date(Date.UTC(2026, 0, 25)), { year: 2026, month: 1, day: 25 }],
    // one second before midnight UTC is still the 24th, whatever the machine's time zone
    [new Date('2026-01-24T23:59:59Z'), { year: 2026, month: 1, day: 24 }],
    [new Date(Date.UTC(2025, 11, 31, 12)), { year: 2025, month: 12, day: 31 }],
  ])('utcCivilDate(%p) is %p', (d, expected) => {
    expect(utcCivilDate(d)).toEqual(expected);
  });
});
