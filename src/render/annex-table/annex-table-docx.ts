import { mergedHeadingRows } from '../annex/heading-rows';
import { paragraph } from '../docx/paragraph';
import { run } from '../docx/run';
import { tablePieces, type TableRow } from '../docx/table';
import { isBold, type AnnexTable } from '../../annexes/annex-column';

/** The merged headings, then the table's lines, each made only when the table writes it. */
function* rowsOf<R>(t: AnnexTable<R>, widths: readonly number[]): Generator<TableRow> {
  yield* mergedHeadingRows(t.columns, widths);
  for (const r of t.rows)
    yield {
      cells: t.columns.map((c) => ({
        content: paragraph(run(c.text(r), { bold: isBold(t, c, r) }), {
          style: 'Bang',
          align: c.align,
        }),
        vAlign: 'center' as const,
      })),
    };
}

/**
 * A group's annex table as a Word table: the merged headings, repeated on every page, then one
 * line per row, bold where the table says so. Given as UTF-8 pieces made a line at a time, so
 * that a national annex (33,210 lines) never exists as one string (issue 19, memory).
 */
export function annexTableDocx<R>(t: AnnexTable<R>): Buffer[] {
  const widths = t.columns.map((c) => c.mm);
  return tablePieces({ widths, borders: true }, rowsOf(t, widths));
}
