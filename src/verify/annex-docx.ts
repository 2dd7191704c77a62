import type { FormTable } from '../forms';
import { cellText } from '../forms/cell-text';
import type { DocxTable } from '../ooxml/docx-model';
import { gridTexts } from '../ooxml/docx-tables';
import { tablesOfDocx } from './tables-of-docx';
import { compareGrid } from './compare-grid';
import type { Mismatch } from './mismatch';

const tableText = (t: DocxTable) => t.flatMap((r) => r.map((c) => c.text)).join('\n');

/** Index of the row reading "(1)", "(2)", … "(n)": the data rows follow it. */
const numbersRow = (t: DocxTable, n: number) =>
  t.findIndex((r) => {
    const g = gridTexts(r);
    return g.length === n && g.every((text, k) => text === `(${k + 1})`);
  });

/**
 * Reads the produced Word annex back and compares every cell of every form table with the
 * model's tables, written the way documents write them ("176.319"). Each form's table is the
 * first table with a column-number row after the table carrying the form's code.
 */
export function verifyAnnexDocx(
  bytes: Buffer,
  tables: readonly FormTable[],
  file: string,
): Mismatch[] {
  const read = tablesOfDocx(bytes, file);
  if ('missing' in read) return [read.missing];
  const found = read.tables;
  const out: Mismatch[] = [];
  let cursor = 0;
  for (const t of tables) {
    const code = t.form.code;
    const n = t.form.columns.length;
    const frameAt = found.findIndex(
      (f, i) => i >= cursor && tableText(f).includes(t.form.fullCode),
    );
    const dataAt = found.findIndex((f, i) => i > frameAt && numbersRow(f, n) >= 0);
    if (frameAt < 0 || dataAt < 0) {
      out.push({
        kind: 'table',
        file,
        at: { part: 'word/document.xml', detail: code },
        expected: `bảng ${t.form.fullCode}`,
        found: 'không có',
      });
      continue;
    }
    cursor = dataAt + 1;
    const grid = found[dataAt]!;
    const rows = grid.slice(numbersRow(grid, n) + 1);
    const expected = t.rows.map((row) => ({
      missing: 'dòng số liệu',
      cells: t.form.columns.map((c) => cellText(row.cells[c.number])),
    }));
    out.push(
      ...compareGrid(file, rows, expected, (i, k) => ({
        part: 'word/document.xml',
        detail:
          k === undefined
            ? `biểu ${code}, dòng ${i}`
            : `biểu ${code}, dòng ${i}, cột (${t.form.columns[k]!.number})`,
      })),
    );
  }
  return out;
}
