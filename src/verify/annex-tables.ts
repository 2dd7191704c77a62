import { columnName, headingDepth, isBold, type AnnexTable } from '../annexes/annex-column';
import { compareGrid } from './compare-grid';
import { tablesOfDocx } from './tables-of-docx';
import type { Mismatch } from './mismatch';
import { cellAddress } from '../ooxml/cell-address';
import { readXlsxCells, type XlsxValue } from '../ooxml/xlsx-cells';

const PART = 'word/document.xml';

/** How many cells the tables hold: what a read-back of one file compares. */
export const cellCount = <R>(tables: readonly TableToCheck<R>[]): number =>
  tables.reduce((n, { table: t }) => n + t.rows.length * t.columns.length, 0);

/** A group's table as the annex should hold it, and the name of its sheet ("Xã, phường"). */
export interface TableToCheck<R> {
  readonly label: string;
  readonly table: AnnexTable<R>;
}

/**
 * Reads a Word annex back and compares every cell of every group's table with the rows, as
 * the table prints them. A group's table is the one whose heading names the group's units
 * (the second column: "Cơ quan, đơn vị", "Xã, phường").
 */
export function verifyAnnexTablesDocx<R>(
  bytes: Buffer,
  tables: readonly TableToCheck<R>[],
  file: string,
): Mismatch[] {
  const read = tablesOfDocx(bytes, file);
  if ('missing' in read) return [read.missing];
  const found = read.tables;
  const out: Mismatch[] = [];
  for (const { label, table: t } of tables) {
    const nameHeading = t.columns[1]!.heading[0]!;
    const grid = found.find((f) => f[0]?.some((c) => c.text === nameHeading));
    if (!grid) {
      out.push({
        kind: 'table',
        file,
        at: { part: PART, detail: label },
        expected: `bảng "${nameHeading}"`,
        found: 'không có',
      });
      continue;
    }
    const expected = t.rows.map((row) => ({
      missing: String(t.columns[1]!.text(row)),
      cells: t.columns.map((c) => c.text(row)),
    }));
    const place = (i: number, k?: number) => ({
      part: PART,
      detail:
        k === undefined
          ? `bảng ${label}, dòng ${i}`
          : `bảng ${label}, dòng ${i}, cột ${columnName(t.columns[k]!)}`,
    });
    const rows = grid.slice(headingDepth(t.columns));
    out.push(...compareGrid(file, rows, expected, place));
    // Bold carries meaning (a rate below its target, the province's line): read it back too.
    t.rows.forEach((row, i) =>
      t.columns.forEach((c, k) => {
        const cell = rows[i]?.[k];
        if (cell && cell.text !== '' && cell.bold !== isBold(t, c, row))
          out.push({
            kind: 'cell',
            file,
            at: place(i + 1, k),
            expected: weight(!cell.bold),
            found: weight(cell.bold),
          });
      }),
    );
  }
  return out;
}

/** How a cell is printed, in a message. */
const weight = (bold: boolean) => (bold ? 'chữ in đậm' : 'chữ thường');

/** A cell value in a message: numbers bare, text in quotes, so that 15.34 and "15.34" differ. */
const shown = (v: XlsxValue | undefined): string =>
  v === null || v === undefined
    ? 'ô trống'
    : typeof v === 'number'
      ? String(v)
      : typeof v === 'string'
        ? `"${v}"`
        : JSON.stringify(v);

/**
 * Reads an annex workbook back and compares every cell of every group's sheet with the rows:
 * the stored value (figures as numbers) and, for figures, the number format that shows them
 * ("15,34", "↓ 2"). The data rows follow the heading block, found by the first column's heading.
 */
export function verifyAnnexTablesWorkbook<R>(
  bytes: Buffer,
  tables: readonly TableToCheck<R>[],
  file: string,
): Mismatch[] {
  // Read with the project's own reader, not with exceljs that wrote it (xlsx-cells.ts).
  const wb = readXlsxCells(bytes);
  const out: Mismatch[] = [];
  for (const { label, table: t } of tables) {
    const ws = wb.sheet(label);
    if (!ws) {
      out.push({
        kind: 'table',
        file,
        at: { format: 'xlsx', table: label },
        expected: 'trang tính',
        found: 'không có',
      });
      continue;
    }
    const firstHeading = t.columns[0]!.heading[0]!;
    const top = ws.rows.find((n) => ws.cell(n, 1).value === firstHeading) ?? 0;
    if (!top) {
      out.push({
        kind: 'table',
        file,
        at: { format: 'xlsx', table: label },
        expected: `dòng tiêu đề "${firstHeading}"`,
        found: 'không có',
      });
      continue;
    }
    const first = top + headingDepth(t.columns);
    const check = (address: string, expected: string, found: string) => {
      if (expected !== found)
        out.push({
          kind: 'cell',
          file,
          at: { format: 'xlsx', table: label, cell: address },
          expected,
          found,
        });
    };
    t.rows.forEach((row, i) =>
      t.columns.forEach((c, k) => {
        const cell = ws.cell(first + i, k + 1);
        const address = cellAddress(first + i, k + 1);
        const expected = c.value(row);
        check(address, shown(expected), shown(cell.value));
        check(address, weight(isBold(t, c, row)), weight(cell.bold));
        if (typeof expected === 'number' && c.numFmt)
          check(address, `định dạng ${c.numFmt}`, `định dạng ${cell.numFmt ?? ''}`);
      }),
    );
    const after = ws.cell(first + t.rows.length, 1);
    if (after.value !== null)
      check(cellAddress(first + t.rows.length, 1), 'không có', shown(after.value));
  }
  return out;
}
