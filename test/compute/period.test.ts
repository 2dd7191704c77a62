import { computePeriod } from '../../src/compute/period';
import { parsePeriodCode, periodCode } from '../../src/domain/period';

// Windows and titles typed from REFERENCE §2.
test.each([
  ['2026-Q1', 'Quý I năm 2026', [2025, 12, 15], [2026, 3, 14], 'Quý II năm 2026'],
  ['2026-Q2', 'Quý II năm 2026', [2026, 3, 15], [2026, 6, 14], 'Quý III năm 2026'],
  ['2026-Q3', 'Quý III năm 2026', [2026, 6, 15], [2026, 9, 14], 'Quý IV năm 2026'],
  ['2026-Q4', 'Quý IV năm 2026', [2026, 9, 15], [2026, 12, 14], 'Quý I năm 2027'],
  ['2026-H1', '6 tháng đầu năm 2026', [2025, 12, 15], [2026, 6, 14], '6 tháng cuối năm 2026'],
  ['2026-9M', '9 tháng năm 2026', [2025, 12, 15], [2026, 9, 14], 'Quý IV năm 2026'],
  ['2026', 'năm 2026', [2025, 12, 15], [2026, 12, 14], 'năm 2027'],
])('%s is "%s"', (code, title, from, to, next) => {
  const p = computePeriod(parsePeriodCode(code)!);
  expect(p.title).toBe(title);
  expect([p.from.year, p.from.month, p.from.day]).toEqual(from);
  expect([p.to.year, p.to.month, p.to.day]).toEqual(to);
  expect(p.nextTitle).toBe(next);
  expect(periodCode(parsePeriodCode(code)!)).toBe(code);
});

test.each(['2026-Q5', '26-Q1', '2026-H2', 'Q1-2026', ''])('"%s" is not a period', (code) => {
  expect(parsePeriodCode(code)).toBeNull();
});
