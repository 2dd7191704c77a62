import { existsSync } from 'node:fs';
import { makeIssue, type Issue } from '../issues/issue';
import { MAX_OFFICE_TEXT_BYTES } from './input-limits';
import { readTextFile } from './read-text-file';

/** A letter's content file split into its frame (YAML between "---" lines) and its body. */
export interface RawLetter {
  readonly file: string;
  readonly frame: string;
  /** Line number of the first frame line, for messages. */
  readonly frameLine: number;
  readonly body: readonly { readonly text: string; readonly line: number }[];
}

/** Splits the text of a letter file; says so when it is empty or the frame is missing. */
export function splitLetter(text: string, file: string): RawLetter | Issue {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const open = lines.findIndex((l) => l.trim() !== '');
  // An empty file has no line to point at (never "dòng 0").
  if (open < 0) return makeIssue('FILE_EMPTY', {}, { file });
  const close = lines.findIndex((l, i) => i > open && l.trim() === '---');
  if (lines[open]!.trim() !== '---' || close < 0)
    return makeIssue('LETTER_NO_FRAME', {}, { file, row: open + 1 });
  return {
    file,
    frame: lines.slice(open + 1, close).join('\n'),
    frameLine: open + 2,
    body: lines.slice(close + 1).map((t, i) => ({ text: t, line: close + 2 + i })),
  };
}

/** Reads a letter's content file (a regular file, UTF-8, at most 2 MB). */
export function readLetter(path: string): RawLetter | Issue {
  if (!existsSync(path)) return makeIssue('LETTER_FILE_MISSING', { path }, { file: path });
  const text = readTextFile(path, MAX_OFFICE_TEXT_BYTES, { file: path });
  return 'code' in text ? text : splitLetter(text.text, path);
}
