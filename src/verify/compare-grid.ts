import type { DocxTable } from '../ooxml/docx-model';
import { gridTexts } from '../ooxml/docx-tables';
import type { Location } from '../issues/location';
import type { Mismatch } from './mismatch';

/** The rows a table should hold: what to call a missing row, and each cell's expected text. */
export interface ExpectedRow {
  readonly missing: string;
  readonly cells: readonly string[];
}

/**
 * Compares the data rows read from a Word table with the expected texts, cell by cell (merged
 * cells mind their grid span), and reports missing and extra rows. `place` names a table, a row
 * (1-based) and a column index the way messages show them.
 */
export function compareGrid(
  file: string,
  rows: DocxTable,
  expected: readonly ExpectedRow[],
  place: (row: number, column?: number) => Omit<Location, 'file'>,
): Mismatch[] {
  const out: Mismatch[] = [];
  expected.forEach((want, i) => {
    const cells = rows[i];
    if (!cells) {
      out.push({ kind: 'cell', file, at: place(i + 1), expected: want.missing, found: 'không có' });
      return;
    }
    const texts = gridTexts(cells);
    want.cells.forEach((expectedText, k) => {
      const text = texts[k];
      if (text !== expectedText)
        out.push({
          kind: 'cell',
          file,
          at: place(i + 1, k),
          expected: expectedText,
          found: text === undefined ? 'không có' : text === null ? 'ô gộp' : text,
        });
    });
  });
  rows.slice(expected.length).forEach((cells, j) =>
    out.push({
      kind: 'cell',
      file,
      at: place(expected.length + j + 1),
      expected: 'không có',
      found: cells.map((c) => c.text).join(' | '),
    }),
  );
  return out;
}
