import ExcelJS from 'exceljs';
import { makeIssue, type Issue } from '../issues/issue';
import type { RawCell, RawRow, RawTable } from '../domain/raw-table';
import type { ZipRefusal } from '../ooxml/zip-entries';
import { checkWorkbookZip, limitWords } from '../ooxml/zip-guard';

/** Turns what exceljs gives for a cell (formula, rich text, hyperlink, error…) into a plain value. */
function toCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return value;
  if ('result' in value && value.result !== undefined)
    return toCell(value.result as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    return { fault: 'formula', text: String(formula ?? '') };
  }
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value) return toCell(value.text as ExcelJS.CellValue);
  if ('error' in value) return { fault: 'error', text: String(value.error) };
  return null;
}

/** Merged ranges ("B1:D1") that touch row `row` of the sheet. */
function mergesOnRow(sheet: ExcelJS.Worksheet, row: number): string[] {
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  return merges.filter((range) => {
    const rows = [...range.matchAll(/\d+/g)].map((m) => Number(m[0]));
    return rows.length === 2 && rows[0]! <= row && row <= rows[1]!;
  });
}

function readSheet(
  sheet: ExcelJS.Worksheet,
  file: string,
): { table: RawTable; issues: Issue[] } | null {
  const rows: { number: number; cells: RawCell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    // Only the cells the row has: one stray value in column XFD must not make every row 16,384 wide.
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      while (cells.length < col - 1) cells.push(null);
      cells[col - 1] = toCell(cell.value);
    });
    if (cells.some((v) => v !== null && String(v).trim() !== '')) rows.push({ number, cells });
  });
  const [head, ...body] = rows;
  if (!head) return null;
  const width = head.cells.reduce<number>((w, v, i) => (v === null ? w : i + 1), 0);
  const headers = head.cells.slice(0, width).map((v, i) => ({
    text: v === null ? '' : String(v),
    letter: sheet.getColumn(i + 1).letter,
  }));
  const pad = (cells: RawCell[]) =>
    cells.length >= width ? cells : [...cells, ...Array<RawCell>(width - cells.length).fill(null)];
  const data: RawRow[] = body.map((r) => ({ number: r.number, cells: pad(r.cells) }));
  const table = {
    name: sheet.name,
    file,
    format: 'xlsx' as const,
    headers,
    rows: data,
    headerRow: head.number,
  };
  const merged = mergesOnRow(sheet, head.number);
  if (merged.length === 0) return { table, issues: [] };
  const at = {
    file,
    format: 'xlsx' as const,
    table: sheet.name,
    row: head.number,
    cell: merged[0],
  };
  return {
    table: { ...table, unreadable: true },
    issues: [makeIssue('MERGED_HEADER', { range: merged.join(', ') }, at)],
  };
}

const NOT_WORKBOOK_WHAT = {
  empty: 'tệp rỗng',
  text: 'đây là tệp văn bản (có thể là tệp CSV hoặc trang web được đặt đuôi .xlsx); nếu là CSV, đổi đuôi thành .csv và đặt trong một thư mục',
  corrupt: 'tệp bị hỏng hoặc không phải bảng tính; mở thử trong Excel và lưu lại',
  'not-workbook':
    'tệp nén không chứa bảng tính (có thể là tệp Word hoặc tệp nén khác được đặt đuôi .xlsx)',
} as const;

function refusalIssue(r: ZipRefusal, file: string): Issue {
  const at = { file, format: 'xlsx' as const };
  if (r.kind === 'legacy') return makeIssue('WORKBOOK_LEGACY', {}, at);
  if (r.kind === 'limit') return makeIssue('WORKBOOK_LIMIT', limitWords(r), at);
  return makeIssue('NOT_A_WORKBOOK', { what: NOT_WORKBOOK_WHAT[r.kind] }, at);
}

/**
 * Reads every non-empty sheet of a workbook as a raw table. The zip is checked first
 * (`zip-guard.ts`), so a renamed file, an old .xls or a zip bomb never reaches exceljs.
 */
export async function parseXlsx(
  buffer: Buffer,
  file: string,
): Promise<{ tables: RawTable[]; issues: Issue[] }> {
  const refused = checkWorkbookZip(buffer);
  if (refused) return { tables: [], issues: [refusalIssue(refused, file)] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    const what = NOT_WORKBOOK_WHAT.corrupt;
    return {
      tables: [],
      issues: [makeIssue('NOT_A_WORKBOOK', { what }, { file, format: 'xlsx' })],
    };
  }
  const tables: RawTable[] = [];
  const issues: Issue[] = [];
  workbook.eachSheet((sheet) => {
    const read = readSheet(sheet, file);
    if (!read) return;
    tables.push(read.table);
    issues.push(...read.issues);
  });
  return { tables, issues };
}
