import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { makeIssue, type Issue } from '../issues/issue';
import type { DocxText } from '../ooxml/docx-model';
import { readDocxText } from '../ooxml/docx-text';
import { checkDocxZip, limitWords } from '../ooxml/zip-guard';
import { decodeText } from './decode-text';
import { docxUnreadable } from './docx-unreadable';
import { readInputFile } from './input-file';
import { MAX_DRAFT_DOCX_BYTES, MAX_DRAFT_TEXT_BYTES } from './input-limits';

/**
 * A draft as read from its file, before audit reads it as paragraphs and footnotes
 * (`src/audit/draft-from-docx.ts`, `draft-from-text.ts`): a Word file's text, or decoded text.
 */
export type DraftSource =
  | { readonly kind: 'docx'; readonly file: string; readonly text: DocxText }
  | {
      readonly kind: 'text';
      readonly file: string;
      readonly text: string;
      readonly format: 'md' | 'txt';
    };

const NOT_WORD = 'không phải tệp Word (.docx) hợp lệ';

function fromDocx(bytes: Buffer, path: string, file: string): DraftSource | Issue {
  const refused = checkDocxZip(bytes);
  if (refused?.kind === 'limit') return makeIssue('DOCX_LIMIT', limitWords(refused), { file });
  if (refused) return makeIssue('AUDIT_FILE_UNREADABLE', { path, reason: NOT_WORD });
  // What check-format cannot read (a part cut short, a damaged entry) is no draft without problems.
  const unreadable = docxUnreadable(bytes, file);
  if (unreadable) return unreadable;
  return { kind: 'docx', file, text: readDocxText(bytes) };
}

/**
 * Reads a draft to audit: a Word file (its zip checked first, `src/ooxml/zip-guard.ts`), or plain
 * text (.txt) or Markdown (.md) in UTF-8 or UTF-16 with its byte-order mark (Notepad's "Unicode").
 * Text in another encoding (Windows-1258, TCVN3) is refused with the line where it shows; a file
 * beyond the limits of docs/robustness.md is refused before it is read whole.
 */
export function readDraft(path: string): DraftSource | Issue {
  const file = basename(path);
  if (!existsSync(path)) return makeIssue('AUDIT_FILE_MISSING', { path });
  const ext = extname(path).toLowerCase();
  if (!['.docx', '.txt', '.md'].includes(ext)) return makeIssue('AUDIT_FILE_UNSUPPORTED', { path });
  try {
    const limit = ext === '.docx' ? MAX_DRAFT_DOCX_BYTES : MAX_DRAFT_TEXT_BYTES;
    const bytes = readInputFile(path, limit, { file });
    if (!Buffer.isBuffer(bytes)) return bytes;
    if (ext === '.docx') return fromDocx(bytes, path, file);
    const decoded = decodeText(bytes);
    if ('found' in decoded)
      return makeIssue('AUDIT_FILE_ENCODING', { path, found: decoded.found }, { file, row: 1 });
    if (!('text' in decoded))
      return makeIssue('AUDIT_FILE_ENCODING', { path }, { file, row: decoded.badLine });
    return { kind: 'text', file, text: decoded.text, format: ext === '.md' ? 'md' : 'txt' };
  } catch (err) {
    const reason = ext === '.docx' ? NOT_WORD : (err as Error).message;
    return makeIssue('AUDIT_FILE_UNREADABLE', { path, reason });
  }
}
