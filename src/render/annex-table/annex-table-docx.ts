import { mergedHeadingRows } from '../annex/heading-rows';
import { paragraph } from '../docx/paragraph';
import { run } from '../docx/run';
import { table } from '../docx/table';
import { isBold, type AnnexTable } from '../../annexes/annex-column';

/**
 * A group's annex table as a Word table: the merged headings, repeated on every page, then one
 * line per row, bold where the table says so.
 */
export function annexTableDocx<R>(t: AnnexTable<R>): string {
  const widths = t.columns.map((c) => c.mm);
  return table({
    widths,
    borders: true,
    rows: [
      ...mergedHeadingRows(t.columns, widths),
      ...t.rows.map((r) => ({
        cells: t.columns.map((c) => ({
          content: paragraph(run(c.text(r), { bold: isBold(t, c, r) }), {
            style: 'Bang',
            align: c.align,
          }),
          vAlign: 'center' as const,
        })),
      })),
    ],
  });
}
