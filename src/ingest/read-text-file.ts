import { makeIssue, type Issue } from '../issues/issue';
import type { Location } from '../issues/location';
import { decodeText } from './decode-text';
import { readInputFile } from './input-file';

/**
 * The text of a file an office wrote (a letter, a content file, a rule file): a regular file
 * of at most `limit` bytes, in UTF-8 (or UTF-16 with its byte-order mark). Another encoding is
 * FILE_ENCODING at its first bad line, never read as text full of replacement characters.
 */
export function readTextFile(path: string, limit: number, at: Location): { text: string } | Issue {
  const bytes = readInputFile(path, limit, at);
  if (!Buffer.isBuffer(bytes)) return bytes;
  const decoded = decodeText(bytes);
  if ('text' in decoded) return decoded;
  if ('found' in decoded)
    return makeIssue('FILE_ENCODING', { found: decoded.found }, { ...at, row: 1 });
  return makeIssue('FILE_ENCODING', {}, { ...at, row: decoded.badLine });
}
