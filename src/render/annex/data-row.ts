import type { FormColumn, FormRow } from '../../forms';
import { cellText } from '../../forms/cell-text';
import { paragraph } from '../docx/paragraph';
import { run } from '../docx/run';
import type { TableRow } from '../docx/table';

const ALIGN = { index: 'center', label: 'left', text: 'left', number: 'right' } as const;

/**
 * One row of a form: figures right-aligned, names left, sections and totals in bold. `keepNext`
 * holds the row on the page of what follows (the last row with the signatures).
 */
export function dataRow(row: FormRow, columns: readonly FormColumn[], keepNext = false): TableRow {
  const bold = row.kind !== 'item';
  return {
    cells: columns.map((c) => ({
      content: paragraph(run(cellText(row.cells[c.number]), { bold }), {
        style: 'Bang',
        align: ALIGN[c.kind],
        keepNext,
      }),
      vAlign: 'center',
    })),
  };
}
