import type { ReportModel } from '../compute/report-model';

/**
 * A text of the documents that is not a figure, defined once: the province's name, the period,
 * the frame's lines, the footnotes listing documents. Placeholders like figures.
 */
export interface TextRow {
  readonly id: string;
  /** What it is, for docs/figures.md. */
  readonly label: string;
  readonly text: (m: ReportModel) => string;
}

/** A condition the wording depends on ({#co_pakn}…{/co_pakn}, {{#if co_pakn}}). */
export interface ConditionRow {
  readonly id: string;
  readonly label: string;
  readonly holds: (m: ReportModel) => boolean;
}
