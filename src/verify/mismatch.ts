import { makeIssue, type Issue } from '../issues/issue';

/** A figure of a produced file that is not the model's. */
export interface Mismatch {
  readonly file: string;
  /** Where in the file: "06c!C12" in a workbook, "06c, dòng 12, cột (3)" in a document. */
  readonly place: string;
  readonly expected: string;
  readonly found: string;
}

/** Mismatches as issues, so that the one printer of the CLI shows them. */
export const mismatchIssues = (mismatches: readonly Mismatch[]): Issue[] =>
  mismatches.map((m) =>
    makeIssue(
      'OUTPUT_MISMATCH',
      { expected: m.expected, found: m.found },
      {
        file: m.file,
        detail: m.place,
      },
    ),
  );
