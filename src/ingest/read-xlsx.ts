import ExcelJS from 'exceljs';
import { formatMegabytes, formatNumber } from '../format';
import { makeIssue, type Issue } from '../issues/issue';
import { MAX_TABLE_ROWS, MAX_WORKBOOK_XML_BYTES } from './input-limits';
import { PercentCell, type RawCell, type RawRow, type RawTable } from '../domain/raw-table';
import type { ZipRefusal } from '../ooxml/zip-entries';
import { checkWorkbookZip, limitWords } from '../ooxml/zip-guard';
import { addCellReferences } from './cell-references';
import { cellText } from '../domain/cell-text';
import { declaredSheets, workbookXmlBytes } from './declared-sheets';

/**
 * Whether a number format shows a percentage ("0%", "0.0%", "#,##0.00%"): a "%" outside
 * quoted text ("%"), escapes (\%) and brackets ([Red]).
 */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .includes('%');
}

/** Turns what exceljs gives for a cell (formula, rich text, hyperlink, error…) into a plain value. */
function toCell(value: ExcelJS.CellValue, percent: boolean): RawCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'number') return percent ? new PercentCell(value) : value;
  if (typeof value !== 'object') return value;
  if ('result' in value && value.result !== undefined)
    return toCell(value.result as ExcelJS.CellValue, percent);
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    return { fault: 'formula', text: String(formula ?? '') };
  }
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value) return toCell(value.text as ExcelJS.CellValue, percent);
  if ('error' in value) return { fault: 'error', text: String(value.error) };
  return null;
}

interface Merge {
  readonly range: string;
  readonly top: number;
  readonly bottom: number;
  /** The top-left cell, whose value Excel shows across the range. */
  readonly master: string;
}

/** Merged ranges of the sheet ("B1:D1"), with their rows. */
function mergesOf(sheet: ExcelJS.Worksheet): Merge[] {
  const ranges = (sheet.model as { merges?: string[] }).merges ?? [];
  return ranges.flatMap((range) => {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!m) return [];
    return [{ range, top: Number(m[2]), bottom: Number(m[4]), master: `${m[1]}${m[2]}` }];
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
      cells[col - 1] = toCell(cell.value, isPercentFormat(cell.numFmt));
    });
    if (cells.some((v) => v !== null && String(v).trim() !== '')) rows.push({ number, cells });
  });
  const [head, ...body] = rows;
  if (!head) return null;
  if (body.length > MAX_TABLE_ROWS) {
    const limit = formatNumber(MAX_TABLE_ROWS);
    const table = { name: sheet.name, file, format: 'xlsx' as const, headers: [], rows: [] };
    return {
      table: { ...table, headerRow: head.number, unreadable: true },
      issues: [makeIssue('TOO_MANY_ROWS', { limit }, { file, format: 'xlsx', table: sheet.name })],
    };
  }
  const width = head.cells.reduce<number>((w, v, i) => (v === null ? w : i + 1), 0);
  const headers = head.cells.slice(0, width).map((v, i) => ({
    text: cellText(v),
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
  const at = (row: number, cell: string) => ({
    file,
    format: 'xlsx' as const,
    table: sheet.name,
    row,
    cell,
  });
  const merges = mergesOf(sheet);
  const onHeader = merges.filter((m) => m.top <= head.number && head.number <= m.bottom);
  if (onHeader.length > 0)
    return {
      table: { ...table, unreadable: true },
      issues: [
        makeIssue(
          'MERGED_HEADER',
          { range: onHeader.map((m) => m.range).join(', ') },
          at(head.number, onHeader[0]!.range),
        ),
      ],
    };
  // Below the header every merged cell shows its value in each cell it covers, and exceljs
  // reads it there too: a total merged over two rows would be counted twice.
  const issues = merges
    .filter((m) => m.top > head.number && cellText(toCell(sheet.getCell(m.master).value, false)))
    .map((m) =>
      makeIssue(
        'MERGED_DATA_CELLS',
        { range: m.range, value: cellText(toCell(sheet.getCell(m.master).value, false)) },
        at(m.top, m.range),
      ),
    );
  return { table, issues };
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

/** The workbook as exceljs reads it, once more with its cell references filled in; null if broken. */
async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook | null> {
  const load = async (bytes: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  };
  try {
    return await load(buffer);
  } catch {
    try {
      const fixed = addCellReferences(buffer);
      return fixed ? await load(fixed) : null;
    } catch {
      return null;
    }
  }
}

/**
 * Reads every non-empty sheet of a workbook as a raw table. The zip is checked first
 * (`zip-guard.ts`), so a renamed file, an old .xls or a zip bomb never reaches exceljs. A sheet
 * the workbook lists but whose part is missing (exceljs drops it without a word) is an error:
 * its table would otherwise be silently absent from the report.
 */
export async function parseXlsx(
  buffer: Buffer,
  file: string,
): Promise<{ tables: RawTable[]; issues: Issue[] }> {
  const refused = checkWorkbookZip(buffer);
  if (refused) return { tables: [], issues: [refusalIssue(refused, file)] };
  // Within the zip limits, a workbook may still hold more XML than exceljs reads in 1 GB.
  const xml = workbookXmlBytes(buffer);
  if (xml > MAX_WORKBOOK_XML_BYTES)
    return {
      tables: [],
      issues: [
        makeIssue(
          'WORKBOOK_TOO_BIG',
          { size: formatMegabytes(xml), limit: formatMegabytes(MAX_WORKBOOK_XML_BYTES) },
          { file, format: 'xlsx' },
        ),
      ],
    };
  const workbook = await loadWorkbook(buffer);
  if (!workbook) {
    const what = NOT_WORKBOOK_WHAT.corrupt;
    return {
      tables: [],
      issues: [makeIssue('NOT_A_WORKBOOK', { what }, { file, format: 'xlsx' })],
    };
  }
  const tables: RawTable[] = [];
  const issues: Issue[] = [];
  const loaded = new Set(workbook.worksheets.map((s) => s.name));
  for (const sheet of declaredSheets(buffer))
    if (!loaded.has(sheet.name))
      issues.push(
        makeIssue(
          'SHEET_PART_MISSING',
          { sheet: sheet.name, part: sheet.part },
          { file, format: 'xlsx', table: sheet.name },
        ),
      );
  workbook.eachSheet((sheet) => {
    const read = readSheet(sheet, file);
    if (!read) return;
    tables.push(read.table);
    issues.push(...read.issues);
  });
  return { tables, issues };
}
