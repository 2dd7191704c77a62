import { parse } from 'csv-parse/sync';
import { makeIssue, type Issue } from '../issues/issue';
import type { RawRow, RawTable } from '../domain/raw-table';

/**
 * Excel in Vietnamese locales writes ";" as list separator, and "Unicode Text" uses tabs;
 * the separator is the most frequent of the three on the header line.
 */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const count = (d: string) => firstLine.split(d).length - 1;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best));
}

/** Line on which a quoted value opens and never closes (csv-parse reports the end of the file). */
function unclosedQuoteLine(text: string, delimiter: string): number | undefined {
  let line = 1;
  let opened: number | undefined;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (opened !== undefined) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') opened = undefined;
      if (c === '\n') line++;
      continue;
    }
    if (c === '"' && fieldStart) opened = line;
    fieldStart = c === delimiter || c === '\n';
    if (c === '\n') line++;
  }
  return opened;
}

const SYNTAX_REASON: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED:
    'dấu ngoặc kép mở ở dòng này không được đóng, nên mọi dòng sau bị gộp vào một ô',
  CSV_INVALID_CLOSING_QUOTE:
    'có ký tự ngay sau dấu ngoặc kép đóng; dấu ngoặc kép nằm trong giá trị phải viết hai lần ("")',
};

/** Parses UTF-8 CSV text (BOM allowed) into a raw table; empty lines are skipped. */
export function parseCsv(text: string, name: string, file: string): RawTable | Issue {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return makeIssue('FILE_EMPTY', {}, { file, format: 'csv' });
  const delimiter = detectDelimiter(clean);
  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    records = parse(clean, {
      delimiter,
      info: true,
      relax_column_count: true,
      // Exports write `Sở "A"` without quoting the cell: the quotes are part of the text.
      relax_quotes: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (err) {
    const e = err as Error & { code?: string; lines?: number };
    const row = e.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuoteLine(clean, delimiter) : e.lines;
    const reason = SYNTAX_REASON[e.code ?? ''] ?? e.message;
    return makeIssue('CSV_SYNTAX', { reason }, { file, format: 'csv', row });
  }
  const [head, ...body] = records;
  if (!head) return makeIssue('FILE_EMPTY', {}, { file, format: 'csv' });
  // csv-parse reports the line a record ends on; a quoted value may span lines, so the
  // first line is counted from the end of the previous record and the empty lines between.
  const rows: RawRow[] = [];
  let previous = head.info;
  for (const r of body) {
    const first = previous.lines + 1 + (r.info.empty_lines - previous.empty_lines);
    previous = r.info;
    if (r.record.some((c) => c.trim() !== ''))
      rows.push({ number: first, cells: r.record.map((c) => (c === '' ? null : c)) });
  }
  return {
    name,
    file,
    format: 'csv',
    headers: head.record.map((text) => ({ text })),
    rows,
    headerRow: head.info.lines,
  };
}
