import type { RawTable } from '../domain/raw-table';
import type { RowOrigin } from '../domain/origin';
import type { Location } from '../issues/location';

export function originOf(raw: RawTable, row: number, map: ReadonlyMap<string, number>): RowOrigin {
  const letters: Record<string, string | undefined> = {};
  for (const [key, i] of map) letters[key] = raw.headers[i]?.letter;
  return { file: raw.file, format: raw.format, table: raw.name, row, letters };
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
    cell: letter ? `${letter}${at.row}` : undefined,
  };
}

/** "HoSo-igate.csv dòng 5": a short pointer to a row, used inside messages. */
export function describeRow(at: RowOrigin): string {
  return at.format === 'xlsx'
    ? `${at.file} › ${at.table} dòng ${at.row}`
    : `${at.file} dòng ${at.row}`;
}
