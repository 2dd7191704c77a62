/** A figure of a produced file that is not the model's. */
export interface Mismatch {
  readonly file: string;
  /** Where in the file: "06c!C12" in a workbook, "06c, dòng 12, cột (3)" in a document. */
  readonly place: string;
  readonly expected: string;
  readonly found: string;
}
