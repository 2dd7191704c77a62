import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { formatMegabytes } from '../format';
import { ioReason } from '../issues/io-reason';
import { makeIssue, type Issue } from '../issues/issue';
import { decodeText } from './decode-text';
import { MAX_TEXT_FILE_BYTES, MAX_WORKBOOK_BYTES } from './input-limits';
import { parseCsv } from './read-csv';
import { parseJson } from './read-json';
import { parseXlsx } from './read-xlsx';
import type { RawDataset, RawTable } from '../domain/raw-table';

type Read = { tables: RawTable[]; issues: Issue[] };

const NOT_A_REGULAR_FILE =
  'đây không phải tệp dữ liệu thông thường (có thể là ống dẫn hoặc thiết bị)';

/** The bytes of a file, or the issue saying why they are not read (too large, unreadable). */
function readBytes(path: string, shown: string, format: 'csv' | 'xlsx' | 'json'): Buffer | Issue {
  const at = { file: shown, format };
  const limit = format === 'xlsx' ? MAX_WORKBOOK_BYTES : MAX_TEXT_FILE_BYTES;
  try {
    const stat = statSync(path);
    // A named pipe or a device would be waited on for ever.
    if (!stat.isFile() && !stat.isDirectory())
      return makeIssue('FILE_UNREADABLE', { reason: NOT_A_REGULAR_FILE }, at);
    if (stat.size > limit)
      return makeIssue(
        'FILE_TOO_LARGE',
        { size: formatMegabytes(stat.size), limit: formatMegabytes(limit) },
        at,
      );
    return readFileSync(path);
  } catch (err) {
    return makeIssue('FILE_UNREADABLE', { reason: ioReason(err) }, at);
  }
}

/** UTF-8 (or UTF-16) text of a CSV or JSON file. */
function readText(path: string, shown: string, format: 'csv' | 'json'): { text: string } | Issue {
  const bytes = readBytes(path, shown, format);
  if (!Buffer.isBuffer(bytes)) return bytes;
  const decoded = decodeText(bytes);
  if ('text' in decoded) return decoded;
  if (format === 'csv')
    return makeIssue('CSV_ENCODING', {}, { file: shown, format, row: decoded.badLine });
  // The line of a text file, not the index of a JSON record: no `format` (see formatLocation).
  return makeIssue('JSON_ENCODING', {}, { file: shown, row: decoded.badLine });
}

function readFolder(dir: string): Read {
  const tables: RawTable[] = [];
  const issues: Issue[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )) {
    // A link to a CSV file is read through; a link that leads nowhere is reported as unreadable.
    if (entry.isDirectory()) continue;
    const ext = extname(entry.name).toLowerCase();
    if (ext === '.xlsx')
      issues.push(makeIssue('WORKBOOK_IGNORED', { file: join(dir, entry.name) }));
    if (ext !== '.csv') continue;
    const text = readText(join(dir, entry.name), entry.name, 'csv');
    if ('code' in text) {
      issues.push(text);
      continue;
    }
    const result = parseCsv(text.text, basename(entry.name, extname(entry.name)), entry.name);
    if ('rows' in result) tables.push(result);
    else issues.push(result);
  }
  return { tables, issues };
}

async function readFile(path: string, ext: string): Promise<Read | Issue> {
  const file = basename(path);
  if (ext === '.xlsx') {
    const bytes = readBytes(path, file, 'xlsx');
    return Buffer.isBuffer(bytes) ? parseXlsx(bytes, file) : bytes;
  }
  const text = readText(path, file, 'json');
  return 'code' in text ? text : parseJson(text.text, file);
}

/**
 * Reads the --data argument: a folder of CSV files, an .xlsx workbook or a .json file.
 * Returns plain tables and the problems met while reading; never throws on user input.
 */
export async function readDataset(path: string): Promise<RawDataset> {
  const fail = (issue: Issue): RawDataset => ({ source: path, tables: [], issues: [issue] });
  if (!existsSync(path)) return fail(makeIssue('INPUT_NOT_FOUND', { path }));
  const ext = extname(path).toLowerCase();
  let result: Read | Issue;
  try {
    if (statSync(path).isDirectory()) result = readFolder(path);
    else if (ext === '.xlsx' || ext === '.json') result = await readFile(path, ext);
    else if (ext === '.xls')
      return fail(makeIssue('WORKBOOK_LEGACY', {}, { file: basename(path), format: 'xlsx' }));
    else return fail(makeIssue('INPUT_UNSUPPORTED', { path }));
  } catch (err) {
    return fail(makeIssue('FILE_UNREADABLE', { reason: ioReason(err) }, { file: path }));
  }
  if ('code' in result) return fail(result);
  const issues = [...result.issues];
  if (result.tables.length === 0 && issues.length === 0)
    issues.push(makeIssue('NO_TABLES', {}, { file: path }));
  return { source: path, tables: result.tables, issues };
}
