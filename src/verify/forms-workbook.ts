import type ExcelJS from 'exceljs';
import type { FormTable } from '../forms';
import type { Mismatch } from './mismatch';
import { excelJs } from '../tools/exceljs';

// exceljs's reader drops a cached formula result of 0 (it tests the parsed value for truth);
// the file itself holds <v>0</v>, so a formula without a result reads as 0.
const valueOf = (v: ExcelJS.CellValue): unknown =>
  v !== null && typeof v === 'object' && 'formula' in v
    ? ((v as { result?: unknown }).result ?? 0)
    : v;

/**
 * Reads the produced forms workbook back and compares every cell of every form table with the
 * model's tables: the proof that the sheet says what the data says.
 */
export async function verifyFormsWorkbook(
  bytes: Buffer,
  tables: readonly FormTable[],
  file: string,
): Promise<Mismatch[]> {
  const wb = new (excelJs().Workbook)();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Mismatch[] = [];
  for (const t of tables) {
    const ws = wb.getWorksheet(t.form.code);
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
    let first = 0;
    ws.eachRow((row, n) => {
      if (!first && row.getCell(1).value === '(1)') first = n + 1;
    });
    t.rows.forEach((row, i) => {
      t.form.columns.forEach((c, k) => {
        const expected = row.cells[c.number] ?? null;
        const found = valueOf(ws.getCell(first + i, k + 1).value) ?? null;
        if (expected !== found)
          out.push({
            kind: 'cell',
            file,
            at: { format: 'xlsx', table: t.form.code, cell: ws.getCell(first + i, k + 1).address },
            expected: String(expected),
            found: String(found),
          });
      });
    });
  }
  return out;
}
