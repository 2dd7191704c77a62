import { isValidCivilDate } from '../format';
import type { CivilDate } from '../format/calendar-types';

/** A date written in running text: "15/12/2025" or "ngày 05 tháng 01 năm 2026". */
export interface DateInText {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly date: CivilDate;
  readonly form: 'numeric' | 'words';
  readonly valid: boolean;
}

const NUMERIC = /(?<![\d/.,])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/gu;
const WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;

/**
 * The dates of a paragraph, valid or not, in order.
 * @example datesIn('ngày 0/02/2026')[0].valid // false
 */
export function datesIn(text: string): DateInText[] {
  const found: DateInText[] = [];
  for (const [re, form] of [
    [NUMERIC, 'numeric'],
    [WORDS, 'words'],
  ] as const)
    for (const m of text.matchAll(re)) {
      const date = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        date,
        form,
        valid: isValidCivilDate(date),
      });
    }
  return found.sort((a, b) => a.start - b.start);
}
