import type { Period } from './calendar-types';

// Official titles number quarters in Roman numerals.
const QUARTER_NUMERALS = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' } as const;

/**
 * Writes a period as it appears in report titles.
 *
 * @example
 * formatPeriodTitle({ year: 2026, kind: 'quarter', quarter: 2 }) //=> 'Quý II năm 2026'
 * formatPeriodTitle({ year: 2026, kind: 'half' }) //=> '6 tháng đầu năm 2026'
 * formatPeriodTitle({ year: 2026, kind: 'nine-months' }) //=> '9 tháng năm 2026'
 * formatPeriodTitle({ year: 2026, kind: 'year' }) //=> 'năm 2026'
 */
export function formatPeriodTitle(p: Period): string {
  switch (p.kind) {
    case 'quarter': {
      const numeral: string | undefined = QUARTER_NUMERALS[p.quarter];
      if (numeral === undefined) throw new RangeError(`Invalid quarter: ${p.quarter}`);
      return `Quý ${numeral} năm ${p.year}`;
    }
    case 'half':
      return `6 tháng đầu năm ${p.year}`;
    case 'nine-months':
      return `9 tháng năm ${p.year}`;
    case 'year':
      return `năm ${p.year}`;
  }
}
