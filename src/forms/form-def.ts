import type { ReportModel } from '../compute/report-model';

/** One column of a statistical form, numbered (1), (2), … under its headings. */
export interface FormColumn {
  readonly number: number;
  /** Headings from the outermost group down: ['Số hồ sơ đã giải quyết', 'Trước hạn']. */
  readonly heading: readonly string[];
  readonly kind: 'index' | 'label' | 'number' | 'text';
  /** Width in characters, for the sheet and the Word table: the least it gets. */
  readonly width: number;
  /**
   * A text that must stay on one line ("2365/QĐ-UBND ngày 15/12/2025"): the column is as wide as
   * its widest value. Otherwise a text column may wrap between words; a figure never wraps.
   */
  readonly oneLine?: boolean;
}

/** A row of a filled form. `cells` are keyed by column number. */
export interface FormRow {
  readonly kind: 'section' | 'item' | 'subtotal' | 'total';
  readonly cells: Readonly<Record<number, number | string | null>>;
  /** For subtotal and total rows: the indices (in `rows`) of the rows they add up. */
  readonly sumOf?: readonly number[];
}

/** A form filled from the report model: what every renderer and the verify step read. */
export interface FormTable {
  readonly form: FormDef;
  readonly rows: readonly FormRow[];
  /** Lines printed under the table (e.g. the stock of TTHC under II.03b). */
  readonly notes: readonly string[];
}

/** An identity between columns, checked on every item, subtotal and total row. */
export interface ColumnEquation {
  readonly label: string;
  readonly total: number;
  readonly parts: readonly number[];
}

/**
 * A statistical form, defined once (REFERENCE §3): its code, title, columns with their
 * headings and numbers, and how its rows come from the report model. The XLSX sheet, the Word
 * annex table and the equation check are all rendered from this one definition.
 */
export interface FormDef {
  readonly code: string;
  /** "Biểu số 06c/VPCP/KSTT". */
  readonly fullCode: string;
  readonly title: string;
  /** "Hồ sơ", "PAKN", "TTHC". */
  readonly unit: string;
  readonly columns: readonly FormColumn[];
  readonly equations: readonly ColumnEquation[];
  /** Null when the model has no data for the form. */
  readonly fill: (model: ReportModel) => FormTable | null;
}
