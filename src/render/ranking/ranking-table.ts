import type { RankingTable } from '../../compute/ranking-annex';
import { mergedHeadingRows } from '../annex/heading-rows';
import { paragraph } from '../docx/paragraph';
import { run } from '../docx/run';
import { table } from '../docx/table';
import type { RankingColumn } from './ranking-columns';

/**
 * A group's ranking as a Word table: the merged headings, repeated on every page, then the
 * province's line in bold and one line per unit.
 */
export function rankingTable(t: RankingTable, columns: readonly RankingColumn[]): string {
  return table({
    widths: columns.map((c) => c.mm),
    borders: true,
    rows: [
      ...mergedHeadingRows(columns),
      ...t.rows.map((r) => ({
        cells: columns.map((c) => ({
          content: paragraph(run(c.text(r), { bold: r.kind === 'province' }), {
            style: 'Bang',
            align: c.align,
          }),
          vAlign: 'center' as const,
        })),
      })),
    ],
  });
}
