import { parseCivilDate } from '../../src/format';

describe('parseCivilDate', () => {
  const jan25 = { year: 2026, month: 1, day: 25 };

  it.each(['2026-01-25', '25/01/2026', '25/1/2026', '25-01-2026', '  25/01/2026 ', '2026-1-25'])(
    'reads %p as 25 January 2026',
    (text) => {
      expect(parseCivilDate(text)).toEqual(jan25);
    },
  );

  it.each([
    ['05/3/2026', { year: 2026, month: 3, day: 5 }],
    ['9/6/2025', { year: 2025, month: 6, day: 9 }],
    ['29/02/2024', { year: 2024, month: 2, day: 29 }],
    ['2025-12-31', { year: 2025, month: 12, day: 31 }],
  ])('reads %p', (text, expected) => {
    expect(parseCivilDate(text)).toEqual(expected);
  });

  it.each([
    '0/02/2026',
    '30/02/2026',
    '29/02/2026',
    '31/04/2026',
    '2026-13-01',
    '2026-00-10',
    '32/01/2026',
    '25/01-2026',
    '25.01.2026',
    '01/25/2026',
    '25/01/26',
    '2026/01/25',
    '',
    'ngày 25/01/2026',
  ])('returns null for %p', (text) => {
    expect(parseCivilDate(text)).toBeNull();
  });
});
