/** The kind of file a table was read from. */
export type SourceFormat = 'csv' | 'xlsx' | 'json';

/** Where a record came from, so that later rules can point at its cells. */
export interface RowOrigin {
  readonly file: string;
  readonly format: SourceFormat;
  readonly table: string;
  readonly row: number;
  /** Column key → sheet column letter (XLSX only). */
  readonly letters: Readonly<Record<string, string | undefined>>;
  /** Column key → the contract's Vietnamese header, which messages name the column by. */
  readonly headers: Readonly<Record<string, string | undefined>>;
}

/** A typed record with its origin. */
export type Located<R> = R & { readonly $at: RowOrigin };
