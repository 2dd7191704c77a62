import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ioReason } from '../issues/io-reason';
import { makeIssue, type Issue } from '../issues/issue';
import { decodeText } from './decode-text';
import { inputFileProblem, readInputFile } from './input-file';
import { MAX_TEXT_FILE_BYTES, MAX_WORKBOOK_BYTES } from './input-limits';
import { readCsvFile } from './read-csv';
import { parseJson } from './read-json';
import { parseXlsx } from './read-xlsx';
import type { RawDataset, RawTable } from '../domain/raw-table';

type Read = { tables: RawTable[]; issues: Issue[] };

/** UTF-8 (or UTF-16) text of a JSON file. */
function readJsonText(path: string, shown: string): { text: string } | Issue {
  const bytes = readInputFile(path, MAX_TEXT_FILE_BYTES, { file: shown, format: 'json' });
  if (!Buffer.isBuffer(bytes)) return bytes;
  const decoded = decodeText(bytes);
  if ('text' in decoded) return decoded;
  // The line of a text file, not the index of a JSON record: no `format` (see formatLocation).
  if ('found' in decoded)
    return makeIssue('JSON_ENCODING', { found: decoded.found }, { file: shown, row: 1 });
  return makeIssue('JSON_ENCODING', {}, { file: shown, row: decoded.badLine });
}

async function readFolder(dir: string): Promise<Read> {
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
    const path = join(dir, entry.name);
    const at = { file: entry.name, format: 'csv' as const };
    const problem = inputFileProblem(path, MAX_TEXT_FILE_BYTES, at);
    if (problem) {
      issues.push(problem);
      continue;
    }
    const read = await readCsvFile(path, basename(entry.name, extname(entry.name)), entry.name);
    if (read.table) tables.push(read.table);
    issues.push(...read.issues);
  }
  return { tables, issues };
}

async function readFile(path: string, ext: string): Promise<Read | Issue> {
  const file = basename(path);
  if (ext === '.xlsx') {
    const bytes = readInputFile(path, MAX_WORKBOOK_BYTES, { file, format: 'xlsx' });
    return Buffer.isBuffer(bytes) ? parseXlsx(bytes, file) : bytes;
  }
  const text = readJsonText(path, file);
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
    if (statSync(path).isDirectory()) result = await readFolder(path);
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
