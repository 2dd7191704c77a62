import ExcelJS from 'exceljs';
import { makeIssue, type Issue } from '../issues/issue';
import type { RawCell, RawRow, RawTable } from './raw-table';

/** Turns what exceljs gives for a cell (formula, rich text, hyperlink, error…) into a plain value. */
function toCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return value;
  if ('result' in value) return toCell(value.result as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value) return toCell(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return null;
}

function readSheet(sheet: ExcelJS.Worksheet, file: string): RawTable | null {
  const rows: { number: number; cells: RawCell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: RawCell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(toCell(row.getCell(c).value));
    if (cells.some((v) => v !== null && String(v).trim() !== '')) rows.push({ number, cells });
  });
  const [head, ...body] = rows;
  if (!head) return null;
  const width = head.cells.reduce<number>((w, v, i) => (v === null ? w : i + 1), 0);
  const headers = head.cells.slice(0, width).map((v, i) => ({
    text: v === null ? '' : String(v),
    letter: sheet.getColumn(i + 1).letter,
  }));
  const data: RawRow[] = body.map((r) => ({ number: r.number, cells: r.cells.slice(0, width) }));
  return { name: sheet.name, file, format: 'xlsx', headers, rows: data, headerRow: head.number };
}

/** Reads every non-empty sheet of a workbook as a raw table. */
export async function parseXlsx(
  buffer: Buffer,
  file: string,
): Promise<{ tables: RawTable[]; issues: Issue[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return { tables: [], issues: [makeIssue('NOT_A_WORKBOOK', {}, { file, format: 'xlsx' })] };
  }
  const tables: RawTable[] = [];
  workbook.eachSheet((sheet) => {
    const table = readSheet(sheet, file);
    if (table) tables.push(table);
  });
  return { tables, issues: [] };
}
