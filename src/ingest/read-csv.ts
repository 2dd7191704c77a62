import { readFile, stat } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Parser } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { formatMegabytes, formatNumber } from '../format';
import { ioReason } from '../issues/io-reason';
import { makeIssue, type Issue } from '../issues/issue';
import { csvChunks, type CsvChunks } from './csv-chunks';
import { detectEncoding } from './decode-text';
import { plainRecords, type CsvInfo as Info, type CsvRecord } from './plain-csv';
import { MAX_CSV_FIELDS, MAX_CSV_RECORD_BYTES, MAX_TABLE_ROWS } from './input-limits';
import type { RawRow, RawTable } from '../domain/raw-table';

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Excel in Vietnamese locales writes ";" as list separator, and "Unicode Text" uses tabs;
 * the separator is the most frequent of the three on the header line.
 */
function detectDelimiter(firstLine: string): string {
  const count = (d: string) => firstLine.split(d).length - 1;
  return DELIMITERS.reduce<string>((best, d) => (count(d) > count(best) ? d : best), ',');
}

const SYNTAX_REASON: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED:
    'dấu ngoặc kép mở ở dòng này không được đóng, nên mọi dòng sau bị gộp vào một ô',
  CSV_INVALID_CLOSING_QUOTE:
    'có ký tự ngay sau dấu ngoặc kép đóng; dấu ngoặc kép nằm trong giá trị phải viết hai lần ("")',
};

/**
 * The first cells of a record too wide to keep, and the first non-blank one beyond them, so
 * that a value far to the right is still reported (EXTRA_CELLS), not dropped unseen.
 */
function keptCells(record: string[]): string[] {
  const kept = record.slice(0, MAX_CSV_FIELDS - 1);
  const beyond = record.slice(MAX_CSV_FIELDS - 1).find((c) => c.trim() !== '');
  return [...kept, beyond ?? ''];
}

/**
 * csv-parse options. A record (a line, or the lines of a quoted value) is read up to
 * MAX_CSV_RECORD_BYTES, before any string of it is built: a 40 MB cell or a quote never closed
 * in a 195 MB file stops there. A record of more than MAX_CSV_FIELDS cells keeps its first ones.
 */
const options = (delimiter: string, seen: { last?: Info }) => ({
  delimiter,
  info: true,
  relax_column_count: true,
  // Exports write `Sở "A"` without quoting the cell: the quotes are part of the text.
  relax_quotes: true,
  skip_empty_lines: true,
  max_record_size: MAX_CSV_RECORD_BYTES,
  // Called as each record is made, before it is passed on: the last good one is known exactly
  // when the next one fails.
  on_record: (r: CsvRecord) => {
    seen.last = r.info;
    return widthKept(r);
  },
});

/** A record of more than MAX_CSV_FIELDS cells keeps its first ones (and one beyond). */
const widthKept = (r: CsvRecord): CsvRecord =>
  r.record.length > MAX_CSV_FIELDS ? { ...r, record: keptCells(r.record) } : r;

/** The longest record `plainRecords` reads, in characters: one is up to 4 bytes of UTF-8. */
const PLAIN_LINE = MAX_CSV_RECORD_BYTES / 4;

/** Files up to this size are read whole, to be parsed without csv-parse when they are plain. */
const PLAIN_FILE_BYTES = 1024 * 1024;

/** The line where the record that failed starts: after the last record read and blank lines. */
function failedLine(last: Info | undefined, err: { lines?: number; empty_lines?: number }) {
  const before = last?.lines ?? 0;
  const blanks = (err.empty_lines ?? 0) - (last?.empty_lines ?? 0);
  return before + 1 + Math.max(0, blanks);
}

function syntaxIssue(err: unknown, last: Info | undefined, file: string): Issue {
  const e = err as Error & { code?: string; lines?: number; empty_lines?: number };
  const row = failedLine(last, e);
  if (e.code === 'CSV_MAX_RECORD_SIZE')
    return makeIssue(
      'CSV_LINE_TOO_LONG',
      { limit: formatMegabytes(MAX_CSV_RECORD_BYTES) },
      { file, format: 'csv', row },
    );
  const reason = SYNTAX_REASON[e.code ?? ''] ?? e.message;
  return makeIssue('CSV_SYNTAX', { reason }, { file, format: 'csv', row });
}

/**
 * A line that holds all its values in one cell, split by another separator than the header's
 * ("a;b;c" under "a,b,c"): the file mixes separators. Not read as a row of empty cells.
 */
function otherSeparator(record: readonly string[], width: number, used: string): string | null {
  if (width < 2 || record.length !== 1) return null;
  const other = DELIMITERS.find((d) => d !== used && record[0]!.split(d).length >= width);
  return other ?? null;
}

const SEPARATOR_NAMES: Record<string, string> = { ',': '","', ';': '";"', '\t': 'tab' };

/** Rows and the problems of the whole file, from its records (the header first). */
class TableBuilder {
  readonly rows: RawRow[] = [];
  readonly issues: Issue[] = [];
  private head: CsvRecord | null = null;
  private previous: Info | null = null;
  private mixed: { line: number; separator: string; count: number } | null = null;
  /** More rows than MAX_TABLE_ROWS: the rest of the file need not be read. */
  tooMany = false;

  constructor(
    private readonly name: string,
    private readonly file: string,
    private readonly delimiter: string,
  ) {}

  add(r: CsvRecord): void {
    // A line of blanks ("  ,  ") is no header: a file of them is empty.
    if (!this.head && !r.record.some((c) => c.trim() !== '')) return;
    if (!this.head) {
      this.head = r;
      this.previous = r.info;
      return;
    }
    // csv-parse reports the line a record ends on; a quoted value may span lines, so the
    // first line is counted from the end of the previous record and the empty lines between.
    const first = this.previous!.lines + 1 + (r.info.empty_lines - this.previous!.empty_lines);
    this.previous = r.info;
    if (!r.record.some((c) => c.trim() !== '')) return;
    const other = otherSeparator(r.record, this.head.record.length, this.delimiter);
    if (other) {
      this.mixed ??= { line: first, separator: other, count: 0 };
      this.mixed.count++;
      return;
    }
    if (this.rows.length >= MAX_TABLE_ROWS) {
      this.tooMany = true;
      return;
    }
    this.rows.push({ number: first, cells: r.record.map((c) => (c === '' ? null : c)) });
  }

  /** The table, or why there is none; `stopped` when reading stopped part-way. */
  finish(): { table?: RawTable; issues: Issue[] } {
    const at = { file: this.file, format: 'csv' as const };
    if (!this.head) return { issues: [makeIssue('FILE_EMPTY', {}, at)] };
    const issues = [...this.issues];
    if (this.mixed)
      issues.push(
        makeIssue(
          'CSV_SEPARATOR_MIX',
          {
            header: SEPARATOR_NAMES[this.delimiter] ?? this.delimiter,
            other: SEPARATOR_NAMES[this.mixed.separator] ?? this.mixed.separator,
            count: formatNumber(this.mixed.count),
          },
          { ...at, row: this.mixed.line },
        ),
      );
    if (this.tooMany) {
      issues.push(makeIssue('TOO_MANY_ROWS', { limit: formatNumber(MAX_TABLE_ROWS) }, at));
      return { issues };
    }
    const table: RawTable = {
      name: this.name,
      file: this.file,
      format: 'csv',
      headers: this.head.record.map((text) => ({ text })),
      rows: this.rows,
      headerRow: this.head.info.lines,
    };
    return { table, issues };
  }
}

/** Stops the stream once the table has more rows than are read. */
class EnoughRead extends Error {}

/** The first line of a text (its header), for the separator. */
const firstLineOf = (text: string) => text.slice(0, text.indexOf('\n') >>> 0);

/**
 * Parses UTF-8 CSV text (BOM allowed) into a raw table; empty lines are skipped. For texts
 * already in memory (the shipped registries, tests); a dataset's files are streamed by
 * `readCsvFile`, with the same rules.
 */
export function parseCsv(text: string, name: string, file: string): RawTable | Issue {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return makeIssue('FILE_EMPTY', {}, { file, format: 'csv' });
  const delimiter = detectDelimiter(firstLineOf(clean));
  const builder = new TableBuilder(name, file, delimiter);
  const seen: { last?: Info } = {};
  let records = plainRecords(clean, delimiter, PLAIN_LINE)?.map(widthKept);
  try {
    records ??= parse(clean, options(delimiter, seen) as never) as unknown as CsvRecord[];
  } catch (err) {
    return syntaxIssue(err, seen.last, file);
  }
  for (const r of records) builder.add(r);
  const { table, issues } = builder.finish();
  return table && issues.length === 0
    ? table
    : (issues[0] ?? makeIssue('FILE_EMPTY', {}, { file }));
}

/**
 * Reads a CSV file of a dataset as it streams from the disk: the bytes are checked as UTF-8
 * (or decoded from UTF-16) chunk by chunk and parsed record by record, so no string of the
 * whole file is ever built and no cell beyond MAX_CSV_RECORD_BYTES is either. A file of at most
 * PLAIN_FILE_BYTES that is plain (plain-csv.ts) is read whole and split without csv-parse.
 */
export async function readCsvFile(
  path: string,
  name: string,
  file: string,
): Promise<{ table?: RawTable; issues: Issue[] }> {
  const plain = await plainFile(path, name, file);
  if (plain) return plain;
  const at = { file, format: 'csv' as const };
  let chunks: CsvChunks;
  try {
    chunks = await csvChunks(path, file);
  } catch (err) {
    return { issues: [makeIssue('FILE_UNREADABLE', { reason: ioReason(err) }, at)] };
  }
  if ('issue' in chunks) return { issues: [chunks.issue] };
  const delimiter = detectDelimiter(chunks.firstLine);
  const builder = new TableBuilder(name, file, delimiter);
  const seen: { last?: Info } = {};
  const sink = new Writable({
    objectMode: true,
    write(r: CsvRecord, _encoding, done) {
      builder.add(r);
      done(builder.tooMany ? new EnoughRead() : null);
    },
  });
  try {
    await pipeline(chunks.stream, new Parser(options(delimiter, seen) as never), sink);
  } catch (err) {
    if (err instanceof EnoughRead) return builder.finish();
    const problem = chunks.problem();
    if (problem) return { issues: [problem] };
    return { issues: [syntaxIssue(err, seen.last, file)] };
  }
  return builder.finish();
}

/**
 * A small file of plain UTF-8 lines (plain-csv.ts), read whole and split without csv-parse:
 * the same table and problems as the stream would give. Null for anything else (a larger
 * file, another encoding, bytes that are not UTF-8, a quote…), which `readCsvFile` streams.
 */
async function plainFile(
  path: string,
  name: string,
  file: string,
): Promise<{ table?: RawTable; issues: Issue[] } | null> {
  let bytes: Buffer;
  try {
    const s = await stat(path);
    if (!s.isFile() || s.size > PLAIN_FILE_BYTES) return null;
    bytes = await readFile(path);
  } catch {
    return null;
  }
  const encoding = detectEncoding(bytes);
  if (encoding.kind !== 'utf-8') return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bytes.subarray(encoding.bom),
    );
  } catch {
    return null;
  }
  const delimiter = detectDelimiter(firstLineOf(text));
  const records = plainRecords(text, delimiter, PLAIN_LINE);
  if (!records) return null;
  const builder = new TableBuilder(name, file, delimiter);
  for (const r of records) {
    builder.add(widthKept(r));
    if (builder.tooMany) break;
  }
  return builder.finish();
}
