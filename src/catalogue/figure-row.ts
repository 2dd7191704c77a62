import type { ReportModel } from '../compute/report-model';

/** Where a figure of the narrative also stands in a form: the total row, or a subtotal. */
export interface FormCell {
  readonly form: string;
  /**
   * 'total', or the subtotal of a section by the index the form prints for it ("I" agencies,
   * "II" communes in 06c): by position, a form without agencies would put the communes first.
   */
  readonly row: 'total' | string;
  readonly column: number;
}

/** The group a paragraph of section 6 speaks of: the province, its agencies or its communes. */
export type FigureGroup = 'province' | 'agencies' | 'communes';

/**
 * How a figure is recognised in running text (`tthc audit`, typed figures of content files):
 * the words of its clause, the noun it counts, and the total it is a part of.
 */
export interface ProseLabel {
  /** Words of its clause before it: "trực tuyến: 148.977 hồ sơ". */
  readonly before?: string;
  /** Words of its clause after its noun: "585 TTHC được sửa đổi". */
  readonly after?: string;
  /** Words its sentence must hold; "{tinh}" is the province's name. */
  readonly sentence?: string;
  /** The id of the total it is a part of ("176.319 hồ sơ (trong đó: trực tuyến: …)"). */
  readonly within?: string;
  /** A figure written "a/b": the id of b, when the model knows it ("xếp thứ 15/34"). */
  readonly over?: string;
  readonly fraction?: boolean;
  /**
   * True when the words name this figure whatever group the paragraph speaks of ("148.977 hồ
   * sơ tiếp nhận trực tuyến" is the province's); otherwise a figure of a group's row is
   * recognised only in a paragraph of that group.
   */
  readonly anyGroup?: boolean;
}

/**
 * How a figure is written: a count ("03", "176.319"), with "Không" for zero, a rate, a score, a
 * number, a rank over the number ranked as letters write it ("07/34", `over`).
 */
export type FigureFormat = 'count' | 'count-khong' | 'percent' | 'score' | 'number' | 'rank';

/**
 * One figure of the documents, defined once: its placeholder id, Vietnamese name, the noun
 * printed after it, where it lives in the model, and, when it has them, its form cell, the
 * section of the report that states it and the words that name it in prose.
 */
export interface FigureRow {
  /** The placeholder officials write: {{hs_tiep_nhan}} in a content file, {hs_tiep_nhan} in the template. */
  readonly id: string;
  /** What it is, for messages and docs/figures.md ("số hồ sơ tiếp nhận trực tuyến"). */
  readonly label: string;
  /** The counted noun printed after it ("hồ sơ"); 'điểm' for scores; '' for a bare number. */
  readonly unit: string;
  readonly format: FigureFormat;
  /** Its value; null when the table it comes from is empty or, for `source`, the cell is. */
  readonly value: (m: ReportModel) => number | null;
  /** For a rank: how many were ranked ("07/34"). */
  readonly over?: (m: ReportModel) => number | null;
  /**
   * A figure whose null is unknown, never 0 (an index-766 count, a sub-indicator's rate): a
   * document that prints it without the data is an error, as for a SoLieu field.
   */
  readonly strict?: boolean;
  /**
   * A figure typed as it is in a SoLieu field, without which the wording cannot be written:
   * a document that prints it needs the field.
   */
  readonly source?: { readonly table: 'SoLieu'; readonly column: string };
  /** Its cell in a statistical form: the narrative and the form must agree. */
  readonly form?: FormCell;
  /**
   * The section of the quarterly report that states it ("I.6"), and when it does: the read-back
   * finds "<figure> <unit>" there.
   */
  readonly claim?: {
    readonly section: string;
    readonly when?: (m: ReportModel) => boolean;
    /**
     * The words it stands in, when "<figure> <unit>" is not how it is printed: "{}" is the
     * figure, "{id}" another figure of the catalogue ("{}/{pakn_tong}" for "66/66").
     */
    readonly phrase?: string;
  };
  /** Whose figure it is in section 6: the province's (default), its agencies' or communes'. */
  readonly group?: FigureGroup;
  readonly prose?: readonly ProseLabel[];
}
