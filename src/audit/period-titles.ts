import type { Period } from '../format/calendar-types';

const QUARTERS = { I: 1, II: 2, III: 3, IV: 4 } as const;

/** A period as a text names it: "Quý I năm 2026", "6 tháng đầu năm 2026", "9 tháng năm 2026". */
export const PERIOD_TITLE =
  /Quý\s+(IV|III|II|I)\s+năm\s+(\d{4})|6\s+tháng\s+đầu\s+năm\s+(\d{4})|9\s+tháng\s+(?:đầu\s+)?năm\s+(\d{4})/iu;

/** The period of a match of PERIOD_TITLE. */
export function periodOf(m: RegExpExecArray | RegExpMatchArray): Period {
  if (m[1]) {
    const quarter = QUARTERS[m[1].toUpperCase() as keyof typeof QUARTERS];
    return { year: Number(m[2]), kind: 'quarter', quarter };
  }
  if (m[3]) return { year: Number(m[3]), kind: 'half' };
  return { year: Number(m[4]), kind: 'nine-months' };
}
