import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatMegabytes, formatNumber } from '../format';
import { ioReason } from '../issues/io-reason';
import { makeIssue, type Issue } from '../issues/issue';
import { decodeText } from './decode-text';
import { MAX_TEXT_FILE_BYTES } from './input-limits';
import { findJsonSyntaxError } from './json-syntax-error';

/** One saved response of the national portal, parsed, with the name the official knows it by. */
export interface RawCapture {
  /** Its path inside the folder given, as messages show it ("transparency/quarter-all.json"). */
  readonly file: string;
  readonly json: unknown;
}

/** How deep the folder of saved responses is searched: a folder per page, as saved. */
const DEPTH = 3;

function jsonFiles(dir: string, depth: number): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory() && depth > 0) out.push(...jsonFiles(path, depth - 1));
    else if (e.isFile() && e.name.toLowerCase().endsWith('.json')) out.push(path);
  }
  return out;
}

/** Where JSON.parse refused a text: a truncated save ends before its last bracket. */
function syntaxIssue(text: string, file: string): Issue {
  const found = findJsonSyntaxError(text);
  const reason = found
    ? `${found.reason} (dòng ${formatNumber(found.line)}, ký tự thứ ${formatNumber(found.column)})`
    : 'mở tệp bằng một trình soạn thảo có kiểm tra JSON để tìm chỗ sai';
  return makeIssue('PORTAL_JSON', { reason }, { file });
}

function readOne(path: string, file: string): RawCapture | Issue {
  try {
    const size = statSync(path).size;
    if (size > MAX_TEXT_FILE_BYTES)
      return makeIssue(
        'FILE_TOO_LARGE',
        { size: formatMegabytes(size), limit: formatMegabytes(MAX_TEXT_FILE_BYTES) },
        { file },
      );
    const decoded = decodeText(readFileSync(path));
    if (!('text' in decoded)) return makeIssue('JSON_ENCODING', {}, { file, row: decoded.badLine });
    const text = decoded.text.replace(/^\uFEFF/, '');
    if (text.trim() === '') return makeIssue('PORTAL_JSON', { reason: 'tệp rỗng' }, { file });
    try {
      return { file, json: JSON.parse(text) as unknown };
    } catch {
      return syntaxIssue(text, file);
    }
  } catch (err) {
    return makeIssue('FILE_UNREADABLE', { reason: ioReason(err) }, { file });
  }
}

/**
 * Reads every .json file of a folder of responses an official saved from the portal's
 * evaluation pages (subfolders too, as saved one per page). Each file that cannot be read or
 * parsed is an issue with its name; what the files are is for validation to say.
 */
export function readPortalCaptures(folder: string): { captures: RawCapture[]; issues: Issue[] } {
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    return {
      captures: [],
      issues: [makeIssue('PORTAL_FOLDER', { path: folder }, { file: folder })],
    };
  const files = jsonFiles(folder, DEPTH);
  if (files.length === 0)
    return {
      captures: [],
      issues: [makeIssue('PORTAL_NO_FILES', { path: folder }, { file: folder })],
    };
  const captures: RawCapture[] = [];
  const issues: Issue[] = [];
  for (const path of files) {
    const read = readOne(path, relative(folder, path));
    if ('json' in read) captures.push(read);
    else issues.push(read);
  }
  return { captures, issues };
}
