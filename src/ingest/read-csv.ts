import { parse } from 'csv-parse/sync';
import { makeIssue, type Issue } from '../issues/issue';
import type { RawRow, RawTable } from './raw-table';

/** Excel in Vietnamese locales writes ";" as list separator; detect it on the header line. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Parses UTF-8 CSV text (BOM allowed) into a raw table; empty lines are skipped. */
export function parseCsv(text: string, name: string, file: string): RawTable | Issue {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return makeIssue('FILE_EMPTY', {}, { file, format: 'csv' });
  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    records = parse(clean, {
      delimiter: detectDelimiter(clean),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (err) {
    return makeIssue('CSV_SYNTAX', { reason: (err as Error).message }, { file, format: 'csv' });
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
