import { existsSync, readFileSync } from 'node:fs';
import { makeIssue, type Issue } from '../issues/issue';

/** A letter's content file split into its frame (YAML between "---" lines) and its body. */
export interface RawLetter {
  readonly file: string;
  readonly frame: string;
  /** Line number of the first frame line, for messages. */
  readonly frameLine: number;
  readonly body: readonly { readonly text: string; readonly line: number }[];
}

/** Splits the text of a letter file; says so when the frame is missing. */
export function splitLetter(text: string, file: string): RawLetter | Issue {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const open = lines.findIndex((l) => l.trim() !== '');
  const close = lines.findIndex((l, i) => i > open && l.trim() === '---');
  if (open < 0 || lines[open]!.trim() !== '---' || close < 0)
    return makeIssue('LETTER_NO_FRAME', {}, { file, row: open + 1 });
  return {
    file,
    frame: lines.slice(open + 1, close).join('\n'),
    frameLine: open + 2,
    body: lines.slice(close + 1).map((t, i) => ({ text: t, line: close + 2 + i })),
  };
}

/** Reads a letter's content file. */
export function readLetter(path: string): RawLetter | Issue {
  if (!existsSync(path)) return makeIssue('LETTER_FILE_MISSING', { path }, { file: path });
  return splitLetter(readFileSync(path, 'utf8'), path);
}
