import { FIGURES, figureRow, type FigureRow, type FormCell } from '../catalogue';
import { figureText } from '../catalogue/figure-text';
import type { ReportModel } from '../compute/report-model';
import type { FormTable } from '../forms';

/** A figure the report states: the words it must read in its section, and its form cell. */
export interface Claim {
  readonly row: FigureRow;
  readonly section: string;
  readonly value: number;
  /** The words as printed: "176.319 hồ sơ", "66/66", "(đạt 100%)". */
  readonly text: string;
  readonly form?: FormCell;
}

/** How a claimed figure stands in the text: "{} {unit}", or the row's own phrase. */
function phrase(row: FigureRow, m: ReportModel): string {
  const shown = figureText(row, m);
  const words = row.claim?.phrase ?? (row.unit ? `{} ${row.unit}` : '{}');
  return words.replace(/\{([a-z0-9_]*)\}/g, (_, id: string) =>
    id === '' ? shown : figureText(figureRow(id)!, m),
  );
}

/**
 * Every figure of the catalogue the report states: those the template prints (`tags`), with a
 * value in the data, in the section the catalogue gives, when its condition holds. The list
 * the read-back checks.
 */
export function reportClaims(m: ReportModel, tags: ReadonlySet<string>): Claim[] {
  return FIGURES.flatMap((row) => {
    const value = row.value(m);
    if (!row.claim || !tags.has(row.id) || value === null) return [];
    if (row.claim.when && !row.claim.when(m)) return [];
    return [
      {
        row,
        section: row.claim.section,
        value,
        text: phrase(row, m),
        ...(row.form ? { form: row.form } : {}),
      },
    ];
  });
}

/**
 * The value a form shows in a claim's cell, or undefined when the form or row is absent. A
 * section the form leaves out (no unit of that group has data) shows 0 for all its columns.
 */
export function formValue(tables: readonly FormTable[], cell: FormCell): number | undefined {
  const t = tables.find((x) => x.form.code === cell.form);
  if (!t) return undefined;
  if (cell.row === 'total') {
    const v = t.rows.find((r) => r.kind === 'total')?.cells[cell.column];
    return typeof v === 'number' ? v : undefined;
  }
  const row = t.rows.find((r) => r.kind === 'subtotal' && r.cells[1] === cell.row);
  if (!row) return t.rows.some((r) => r.kind === 'total') ? 0 : undefined;
  const v = row.cells[cell.column];
  return typeof v === 'number' ? v : undefined;
}
