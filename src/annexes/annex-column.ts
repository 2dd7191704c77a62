/**
 * One column of an annex table (ranking, compliance), defined once for the Word table, the
 * sheet and the read-back of both.
 */
export interface AnnexColumn<R> {
  /** Headings from the outer group down: ['Điểm các nhóm chỉ số', 'Số hóa hồ sơ (22 điểm)']. */
  readonly heading: readonly string[];
  /** Width in the Word table, millimetres. */
  readonly mm: number;
  /** Width in the sheet, characters. */
  readonly chars: number;
  readonly align: 'left' | 'center' | 'right';
  /** The cell as the Word table prints it: "15,34", "↓ 2", "—". */
  readonly text: (r: R) => string;
  /** The cell as the sheet stores it: figures stay numbers, shown through `numFmt`. */
  readonly value: (r: R) => number | string;
  readonly numFmt?: string;
  /** A cell printed in bold on its own (a rate below its target), besides bold rows. */
  readonly bold?: (r: R) => boolean;
}

/** The rows of a group's table and how to print them. */
export interface AnnexTable<R> {
  readonly columns: readonly AnnexColumn<R>[];
  readonly rows: readonly R[];
  /** Rows printed in bold throughout: the province's line, a summary line. */
  readonly boldRow?: (r: R) => boolean;
}

/** Whether a cell is printed in bold. */
export const isBold = <R>(t: AnnexTable<R>, c: AnnexColumn<R>, r: R): boolean =>
  (t.boldRow?.(r) ?? false) || (c.bold?.(r) ?? false);

/** How many heading rows the columns need. */
export const headingDepth = <R>(columns: readonly AnnexColumn<R>[]): number =>
  Math.max(...columns.map((c) => c.heading.length));

/** "Xếp loại", "So với ngày 31/7/2025 / Thứ hạng": how a column is named in messages. */
export const columnName = <R>(c: AnnexColumn<R>): string =>
  c.heading.join(' / ').replace(/\u00a0/g, ' ');

/** Widths scaled so that the columns fill `total` millimetres. */
export function scaleWidths<C extends { readonly mm: number }>(columns: C[], total: number): C[] {
  const scale = total / columns.reduce((s, c) => s + c.mm, 0);
  return columns.map((c) => ({ ...c, mm: c.mm * scale }));
}
