import type { CivilDate, Period } from '../format/calendar-types';

/**
 * Reads a period code: "2026-Q2", "2026-H1" (6 months), "2026-9M" (9 months), "2026" (year).
 * @example parsePeriodCode('2026-Q1') // { year: 2026, kind: 'quarter', quarter: 1 }
 */
export function parsePeriodCode(code: string): Period | null {
  const m = /^(\d{4})(?:-(Q[1-4]|H1|9M))?$/i.exec(code.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const part = m[2]?.toUpperCase();
  if (part === undefined) return { year, kind: 'year' };
  if (part === 'H1') return { year, kind: 'half' };
  if (part === '9M') return { year, kind: 'nine-months' };
  return { year, kind: 'quarter', quarter: Number(part.slice(1)) as 1 | 2 | 3 | 4 };
}

/** The code of a period, the inverse of `parsePeriodCode`. */
export function periodCode(p: Period): string {
  if (p.kind === 'quarter') return `${p.year}-Q${p.quarter}`;
  if (p.kind === 'half') return `${p.year}-H1`;
  if (p.kind === 'nine-months') return `${p.year}-9M`;
  return `${p.year}`;
}

/** Last month of the period (3, 6, 9 or 12). */
function lastMonth(p: Period): number {
  if (p.kind === 'quarter') return p.quarter * 3;
  return p.kind === 'half' ? 6 : p.kind === 'nine-months' ? 9 : 12;
}

/**
 * Statistics windows of the government cut-off (REFERENCE §2): from the 15th of the month
 * before the period to the 14th of its last month.
 * @example periodBounds({ year: 2026, kind: 'quarter', quarter: 1 })
 * // { from: { year: 2025, month: 12, day: 15 }, to: { year: 2026, month: 3, day: 14 } }
 */
export function periodBounds(p: Period): { from: CivilDate; to: CivilDate } {
  const end = lastMonth(p);
  const startMonth = p.kind === 'quarter' ? end - 2 : 1;
  const from =
    startMonth === 1
      ? { year: p.year - 1, month: 12, day: 15 }
      : { year: p.year, month: startMonth - 1, day: 15 };
  return { from, to: { year: p.year, month: end, day: 14 } };
}

/**
 * The quarters of its year a period covers, first and last (a quarter covers itself): what
 * a longer period built from quarters must be given (docs/periods.md).
 * @example quarterSpan({ year: 2026, kind: 'nine-months' }) // { first: 1, last: 3 }
 */
export function quarterSpan(p: Period): { first: number; last: number } {
  if (p.kind === 'quarter') return { first: p.quarter, last: p.quarter };
  return { first: 1, last: lastMonth(p) / 3 };
}
