import type { FormTable } from '../forms';
import { cellAddress } from '../ooxml/cell-address';
import { readXlsxCells } from '../ooxml/xlsx-cells';
import type { Mismatch } from './mismatch';

/**
 * Reads the produced forms workbook back and compares every cell of every form table with the
 * model's tables: the proof that the sheet says what the data says.
 */
export function verifyFormsWorkbook(
  bytes: Buffer,
  tables: readonly FormTable[],
  file: string,
): Mismatch[] {
  // Read with the project's own reader, not with exceljs that wrote it (xlsx-cells.ts).
  const wb = readXlsxCells(bytes);
  const out: Mismatch[] = [];
  for (const t of tables) {
    const ws = wb.sheet(t.form.code);
    if (!ws) {
      out.push({
        kind: 'table',
        file,
        at: { format: 'xlsx', table: t.form.code },
        expected: 'trang biểu',
        found: 'không có',
      });
      continue;
    }
    // The data rows follow the column-number row "(1)".
    const numbers = ws.rows.find((n) => ws.cell(n, 1).value === '(1)');
    const first = numbers === undefined ? 0 : numbers + 1;
    t.rows.forEach((row, i) => {
      t.form.columns.forEach((c, k) => {
        const expected = row.cells[c.number] ?? null;
        const found = ws.cell(first + i, k + 1).value;
        if (expected !== found)
          out.push({
            kind: 'cell',
            file,
            at: { format: 'xlsx', table: t.form.code, cell: cellAddress(first + i, k + 1) },
            expected: String(expected),
            found: String(found),
          });
      });
    });
  }
  return out;
}
