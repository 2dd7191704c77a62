import type { IssueCode } from '../issues/messages';
import { makeIssue, type Issue } from '../issues/issue';
import type { Location } from '../issues/location';

/**
 * What kind of difference a read-back found: a figure of the model not written where it
 * belongs, a narrative figure and its form cell apart, a table cell, a footnote, a typed
 * paragraph or frame line missing, a template tag left over, a form identity broken, a whole
 * table or sheet missing, a PDF that does not read like its source.
 */
export type MismatchKind =
  'figure' | 'form' | 'cell' | 'footnote' | 'text' | 'leftover' | 'equation' | 'table' | 'pdf';

/** A figure or text of a produced file that is not the model's. */
export interface Mismatch {
  readonly kind: MismatchKind;
  readonly file: string;
  /** Where in the file: its part, sheet and cell, paragraph or footnote, and what is there. */
  readonly at: Omit<Location, 'file'>;
  readonly expected: string;
  readonly found: string;
}

const CODE: Readonly<Record<MismatchKind, IssueCode>> = {
  figure: 'OUTPUT_FIGURE_MISSING',
  form: 'OUTPUT_FORM_DISAGREES',
  cell: 'OUTPUT_CELL_MISMATCH',
  footnote: 'OUTPUT_FOOTNOTE_MISMATCH',
  text: 'OUTPUT_TEXT_MISSING',
  leftover: 'OUTPUT_LEFTOVER',
  equation: 'OUTPUT_EQUATION_BROKEN',
  table: 'OUTPUT_TABLE_MISSING',
  pdf: 'OUTPUT_PDF_MISMATCH',
};

/** Mismatches as issues, so that the one printer of the CLI shows them. */
export const mismatchIssues = (mismatches: readonly Mismatch[]): Issue[] =>
  mismatches.map((m) =>
    makeIssue(CODE[m.kind], { expected: m.expected, found: m.found }, { file: m.file, ...m.at }),
  );
