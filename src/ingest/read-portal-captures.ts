import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { formatNumber } from '../format';
import { ioReason } from '../issues/io-reason';
import { makeIssue, type Issue } from '../issues/issue';
import { MAX_PORTAL_FILES, MAX_TEXT_FILE_BYTES } from './input-limits';
import { duplicateKeys } from './json-duplicate-keys';
import { findJsonSyntaxError } from './json-syntax-error';
import { readTextFile } from './read-text-file';

/** One saved response of the national portal, parsed, with the name the official knows it by. */
export interface RawCapture {
  /** Its path inside the folder given, as messages show it ("transparency/quarter-all.json"). */
  readonly file: string;
  readonly json: unknown;
}

/** How deep the folder of saved responses is searched: a folder per page, as saved. */
const DEPTH = 3;

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The .json files of the folder, subfolders to DEPTH, in name order, stopping once more than
 * `most` are found (a folder of the whole disk is not a folder of six pages). A link is taken as
 * what it points to: readTextFile then refuses a device or a pipe, as every reader does.
 */
function jsonFiles(dir: string, depth: number, most: number, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort(byName)) {
    if (out.length > most) break;
    const path = join(dir, e.name);
    const isDir = e.isDirectory() || (e.isSymbolicLink() && isFolder(path));
    if (isDir && depth > 0) jsonFiles(path, depth - 1, most, out);
    else if (!isDir && e.name.toLowerCase().endsWith('.json')) out.push(path);
  }
  return out;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Where JSON.parse refused a text: a truncated save ends before its last bracket. */
function syntaxIssue(text: string, file: string): Issue {
  const found = findJsonSyntaxError(text);
  const reason = found
    ? `${found.reason} (dòng ${formatNumber(found.line)}, ký tự thứ ${formatNumber(found.column)})`
    : 'mở tệp bằng một trình soạn thảo có kiểm tra JSON để tìm chỗ sai';
  return makeIssue('PORTAL_JSON', { reason }, { file });
}

/**
 * One saved response, read with the limits of every data file (a regular file of at most
 * MAX_TEXT_FILE_BYTES, UTF-8 or UTF-16): its JSON, or every reason it cannot be used. A key
 * written twice is an error: JSON.parse would keep one of the two silently.
 */
function readOne(path: string, file: string): RawCapture | Issue[] {
  const read = readTextFile(path, MAX_TEXT_FILE_BYTES, { file });
  if ('code' in read) return [read];
  const text = read.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return [makeIssue('PORTAL_JSON', { reason: 'tệp rỗng' }, { file })];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [syntaxIssue(text, file)];
  }
  const twice = duplicateKeys(text).map((d) =>
    makeIssue(
      'JSON_DUPLICATE_KEY',
      {
        key: d.key,
        where: d.path.length === 0 ? 'ở cấp ngoài cùng' : `trong ${d.path.join('.')}`,
        line: d.line,
        other: d.firstLine,
      },
      { file, row: d.line },
    ),
  );
  return twice.length > 0 ? twice : { file, json };
}

/**
 * Reads every .json file of a folder of responses an official saved from the portal's
 * evaluation pages (subfolders too, as saved one per page). Each file that cannot be read or
 * parsed is an issue with its name; what the files are is for validation to say.
 */
export function readPortalCaptures(folder: string): { captures: RawCapture[]; issues: Issue[] } {
  const refused = (issue: Issue) => ({ captures: [], issues: [issue] });
  if (!existsSync(folder) || !isFolder(folder))
    return refused(makeIssue('PORTAL_FOLDER', { path: folder }, { file: folder }));
  let files: string[];
  try {
    files = jsonFiles(folder, DEPTH, MAX_PORTAL_FILES);
  } catch (err) {
    return refused(makeIssue('FILE_UNREADABLE', { reason: ioReason(err) }, { file: folder }));
  }
  if (files.length === 0)
    return refused(makeIssue('PORTAL_NO_FILES', { path: folder }, { file: folder }));
  if (files.length > MAX_PORTAL_FILES)
    return refused(
      makeIssue(
        'PORTAL_TOO_MANY_FILES',
        { path: folder, limit: formatNumber(MAX_PORTAL_FILES) },
        { file: folder },
      ),
    );
  const captures: RawCapture[] = [];
  const issues: Issue[] = [];
  for (const path of files) {
    const read = readOne(path, relative(folder, path));
    if (Array.isArray(read)) issues.push(...read);
    else captures.push(read);
  }
  return { captures, issues };
}
