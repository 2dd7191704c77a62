import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONTENT_FILE } from '../contract/content-sections';
import { makeIssue, type Issue } from '../issues/issue';

/** Where the content file of a dataset is: inside its folder, or beside its .xlsx/.json file. */
export function contentPathFor(data: string, given?: string): string {
  if (given) return given;
  return existsSync(data) && statSync(data).isDirectory()
    ? join(data, CONTENT_FILE)
    : join(dirname(data), CONTENT_FILE);
}

/** Reads the content file (UTF-8 text), or says it is missing. */
export function readContent(path: string): { text: string } | Issue {
  if (!existsSync(path)) return makeIssue('CONTENT_FILE_MISSING', { path }, { file: path });
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (err) {
    return makeIssue('FILE_UNREADABLE', { reason: (err as Error).message }, { file: path });
  }
}

/** Reads a Word template as bytes, or says it cannot. */
export function readTemplate(path: string): { bytes: Buffer } | Issue {
  if (!existsSync(path)) return makeIssue('TEMPLATE_NOT_FOUND', { path }, { file: path });
  try {
    return { bytes: readFileSync(path) };
  } catch (err) {
    return makeIssue('FILE_UNREADABLE', { reason: (err as Error).message }, { file: path });
  }
}
