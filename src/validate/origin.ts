import type { ColumnDef } from '../contract/column';
import type { RawTable } from '../domain/raw-table';
import type { RowOrigin } from '../domain/origin';
import type { Location } from '../issues/location';

/** Headers of the columns, by key: shared by every row of a table. */
export const headersOf = (columns: readonly ColumnDef[]): Record<string, string> =>
  Object.fromEntries(columns.map((c) => [c.key, c.header]));

/**
 * The origin of each row of a source: `row` gives a row's number its place. The column letters
 * are the source's, worked out once and shared by every row.
 */
export function originsOf(
  raw: RawTable,
  map: ReadonlyMap<string, number>,
  headers: Readonly<Record<string, string>>,
): (row: number) => RowOrigin {
  const letters: Record<string, string | undefined> = {};
  for (const [key, i] of map) letters[key] = raw.headers[i]?.letter;
  return (row) => ({ file: raw.file, format: raw.format, table: raw.name, row, letters, headers });
}

/** The location of one cell of a record, or of the whole row when no column is given. */
export function locate(at: RowOrigin, column?: string): Location {
  const letter = column ? at.letters[column] : undefined;
  return {
    file: at.file,
    format: at.format,
    table: at.table,
    row: at.row,
    column,
    header: column ? at.headers[column] : undefined,
    cell: letter ? `${letter}${at.row}` : undefined,
  };
}

/** "HoSo-igate.csv dòng 5": a short pointer to a row, used inside messages. */
export function describeRow(at: RowOrigin): string {
  return at.format === 'xlsx'
    ? `${at.file} › ${at.table} dòng ${at.row}`
    : `${at.file} dòng ${at.row}`;
}
