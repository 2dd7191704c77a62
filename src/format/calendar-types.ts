/**
 * The calendar types of the project, declared once: a civil date, a month of a year and a
 * reporting period. Every room imports them from here (this file imports nothing).
 */

/**
 * A calendar date with no time and no time zone, so nothing can shift it by a day.
 * `month` runs 1–12 (not 0–11 as in `Date`).
 */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A month of a year, for drafts whose signing day is not yet known. */
export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

/**
 * The date a document's header prints: a whole date, a draft's month and year with the day left
 * blank, or only the year ("ngày      tháng      năm 2025").
 */
export interface FrameDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** A reporting period of one year. */
export type Period =
  | { readonly year: number; readonly kind: 'quarter'; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly year: number; readonly kind: 'half' }
  | { readonly year: number; readonly kind: 'nine-months' }
  | { readonly year: number; readonly kind: 'year' };
