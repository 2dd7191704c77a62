import type { SourceFormat } from './origin';
import type { Issue } from '../issues/issue';

/**
 * A cell that holds no usable value: a formula saved without its result, an error such as
 * #REF!, or (JSON) an object or a list where one value belongs. Kept apart from text so that
 * the message says what is wrong with the cell, and so that no such thing is ever printed.
 */
export interface SheetFault {
  readonly fault: 'formula' | 'error' | 'object' | 'array';
  /** The formula (without "="), the error value ("#DIV/0!"), or "{…}" / "[…]". */
  readonly text: string;
}

/**
 * A sheet number shown as a percentage (number format "0%" or "0,0%"): Excel stores 72,5% as
 * 0.725. The official typed, and sees, 72,5%: read as 72.5 in a percentage column, refused in
 * a count (a "1000%" count is no count of 1000 nor of 10).
 */
export class PercentCell {
  /** The number as shown, without its "%": 72.5 for a stored 0.725. */
  readonly percent: number;

  constructor(stored: number) {
    // 0.07 × 100 is 7.000000000000001 in floating point; the sheet shows 7%.
    this.percent = Number((stored * 100).toPrecision(15));
  }

  /** As the sheet shows it, the Vietnamese way: "72,5%". */
  toString(): string {
    return `${String(this.percent).replace('.', ',')}%`;
  }
}

/** A cell as read from a file, before any interpretation. */
export type RawCell = string | number | boolean | Date | SheetFault | PercentCell | null;

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
