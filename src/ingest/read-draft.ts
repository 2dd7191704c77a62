import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { draftFromDocx } from '../audit/draft-from-docx';
import { draftFromText } from '../audit/draft-from-text';
import type { Draft } from '../audit/draft';
import { makeIssue, type Issue } from '../issues/issue';

/** Reads a draft to audit: a Word file, or plain text (.txt) or Markdown (.md) in UTF-8. */
export function readDraft(path: string): Draft | Issue {
  const file = basename(path);
  if (!existsSync(path)) return makeIssue('AUDIT_FILE_MISSING', { path });
  const ext = extname(path).toLowerCase();
  if (!['.docx', '.txt', '.md'].includes(ext)) return makeIssue('AUDIT_FILE_UNSUPPORTED', { path });
  try {
    const bytes = readFileSync(path);
    if (ext === '.docx') return draftFromDocx(bytes, file);
    return draftFromText(bytes.toString('utf8'), file, ext === '.md' ? 'md' : 'txt');
  } catch (err) {
    const reason = ext === '.docx' ? 'không phải tệp Word (.docx) hợp lệ' : (err as Error).message;
    return makeIssue('AUDIT_FILE_UNREADABLE', { path, reason });
  }
}
