import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PizZip from 'pizzip';
import { CONTENT_FILE } from '../contract/content-sections';
import { makeIssue, type Issue } from '../issues/issue';
import { readInputFile } from './input-file';
import { MAX_OFFICE_TEXT_BYTES, MAX_TEMPLATE_BYTES } from './input-limits';
import { readTextFile } from './read-text-file';

/** Where the content file of a dataset is: inside its folder, or beside its .xlsx/.json file. */
export function contentPathFor(data: string, given?: string): string {
  if (given) return given;
  return existsSync(data) && statSync(data).isDirectory()
    ? join(data, CONTENT_FILE)
    : join(dirname(data), CONTENT_FILE);
}

/** Reads the content file (UTF-8 text, at most 2 MB), or says it is missing or unreadable. */
export function readContent(path: string): { text: string } | Issue {
  if (!existsSync(path)) return makeIssue('CONTENT_FILE_MISSING', { path }, { file: path });
  return readTextFile(path, MAX_OFFICE_TEXT_BYTES, { file: path });
}

/** Why `bytes` are not a Word file docxtemplater can open, in Vietnamese; null when they are. */
function notWord(bytes: Buffer): string | null {
  if (bytes.length === 0) return 'tệp rỗng';
  try {
    const zip = new PizZip(bytes);
    return zip.file('word/document.xml')
      ? null
      : 'tệp nén không có phần nội dung của văn bản Word (word/document.xml)';
  } catch {
    return 'tệp không phải dạng .docx (có thể là tệp văn bản, .doc cũ hay PDF được đổi đuôi)';
  }
}

/** Reads a Word template as bytes, or says why it cannot: missing, too large, not a .docx. */
export function readTemplate(path: string): { bytes: Buffer } | Issue {
  if (!existsSync(path)) return makeIssue('TEMPLATE_NOT_FOUND', { path }, { file: path });
  const bytes = readInputFile(path, MAX_TEMPLATE_BYTES, { file: path });
  if (!Buffer.isBuffer(bytes)) return bytes;
  const why = notWord(bytes);
  return why ? makeIssue('TEMPLATE_NOT_WORD', { path, why }, { file: path }) : { bytes };
}
