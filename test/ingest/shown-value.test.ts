import { shownValue } from '../../src/issues/shown-value';

describe('shownValue', () => {
  test.each<[string, unknown, string]>([
    // a sheet date: midnight UTC of the day in the cell; written as REFERENCE §6 writes dates
    ['a January date', new Date(Date.UTC(2026, 0, 25)), '25/01/2026'],
    ['a single-digit day and a month after February', new Date(Date.UTC(2026, 2, 5)), '05/3/2026'],
    ['an invisible character', 'a\u0007b', 'a<U+0007>b'],
    ['a formula kept as text', { fault: 'formula', text: '=SUM(A1:A2)' }, '=SUM(A1:A2)'],
    ['nothing', null, ''],
  ])('%s', (_name, raw, expected) => {
    expect(shownValue(raw)).toBe(expected);
  });

  test('a long text is cut after 80 characters, with "…"', () => {
    expect(shownValue('x'.repeat(81))).toBe(`${'x'.repeat(80)}…`);
  });

  test('the text of a sheet fault is cut and made visible too', () => {
    expect(shownValue({ fault: 'formula', text: `\u001b${'A1+'.repeat(40)}` })).toBe(
      `<U+001B>${'A1+'.repeat(40).slice(0, 79)}…`,
    );
  });

  test('a date a sheet cannot hold does not stop the message', () => {
    expect(() => shownValue(new Date(Number.NaN))).not.toThrow();
  });
});
