import type { SourceFormat } from './origin';
import type { Issue } from '../issues/issue';

/**
 * A sheet cell that holds no usable value: a formula saved without its result, or an error
 * such as #REF!. Kept apart from text so that the message says what is wrong with the cell.
 */
export interface SheetFault {
  readonly fault: 'formula' | 'error';
  /** The formula (without "=") or the error value ("#DIV/0!"). */
  readonly text: string;
}

/** A cell as read from a file, before any interpretation. */
export type RawCell = string | number | boolean | Date | SheetFault | null;

export const isSheetFault = (v: unknown): v is SheetFault =>
  typeof v === 'object' && v !== null && 'fault' in v;

export interface RawHeader {
  readonly text: string;
  /** Column letter in a sheet (A, B, …); absent for CSV and JSON. */
  readonly letter?: string;
}

export interface RawRow {
  /** CSV line (header = 1), XLSX row, or 0-based JSON index. */
  readonly number: number;
  /** Aligned with `RawTable.headers`. */
  readonly cells: readonly RawCell[];
}

/** One sheet, one CSV file or one JSON array: plain rows under their headers. */
export interface RawTable {
  /** Sheet name or file name without extension, e.g. "HoSo" or "HoSo-igate". */
  readonly name: string;
  /** File as shown to the user. */
  readonly file: string;
  readonly format: SourceFormat;
  readonly headers: readonly RawHeader[];
  readonly rows: readonly RawRow[];
  /** Row number of the header line, for locations of column problems. */
  readonly headerRow: number;
  /** Set when the reader already reported why the table cannot be read (merged header). */
  readonly unreadable?: boolean;
}

export interface RawDataset {
  /** The --data argument as given. */
  readonly source: string;
  readonly tables: readonly RawTable[];
  readonly issues: readonly Issue[];
}
