import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { makeIssue, type Issue } from '../issues/issue';
import { parseCsv } from './read-csv';
import { parseJson } from './read-json';
import { parseXlsx } from './read-xlsx';
import type { RawDataset, RawTable } from './raw-table';

function readFolder(dir: string): { tables: RawTable[]; issues: Issue[] } {
  const tables: RawTable[] = [];
  const issues: Issue[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const ext = extname(entry).toLowerCase();
    if (ext === '.xlsx') issues.push(makeIssue('WORKBOOK_IGNORED', { file: join(dir, entry) }));
    if (ext !== '.csv') continue;
    const result = parseCsv(
      readFileSync(join(dir, entry), 'utf8'),
      basename(entry, extname(entry)),
      entry,
    );
    if ('rows' in result) tables.push(result);
    else issues.push(result);
  }
  return { tables, issues };
}

/**
 * Reads the --data argument: a folder of CSV files, an .xlsx workbook or a .json file.
 * Returns plain tables and the problems met while reading; never throws on user input.
 */
export async function readDataset(path: string): Promise<RawDataset> {
  const fail = (issue: Issue): RawDataset => ({ source: path, tables: [], issues: [issue] });
  if (!existsSync(path)) return fail(makeIssue('INPUT_NOT_FOUND', { path }));
  const ext = extname(path).toLowerCase();
  let result: { tables: RawTable[]; issues: Issue[] };
  try {
    if (statSync(path).isDirectory()) result = readFolder(path);
    else if (ext === '.xlsx') result = await parseXlsx(readFileSync(path), basename(path));
    else if (ext === '.json') result = parseJson(readFileSync(path, 'utf8'), basename(path));
    else return fail(makeIssue('INPUT_UNSUPPORTED', { path }));
  } catch (err) {
    return fail(makeIssue('FILE_UNREADABLE', { reason: (err as Error).message }, { file: path }));
  }
  const issues = [...result.issues];
  if (result.tables.length === 0 && issues.length === 0)
    issues.push(makeIssue('NO_TABLES', {}, { file: path }));
  return { source: path, tables: result.tables, issues };
}
