import { readDocx } from '../ooxml/read-docx';
import { makeIssue, type Issue } from '../issues/issue';

/**
 * The issue of a Word file that `tthc check-format` cannot read (a part cut short, a damaged
 * entry, no document part), said the same way; null when it can be read. A draft that cannot be
 * read must not be audited as a draft without problems.
 */
export function docxUnreadable(bytes: Buffer, file: string): Issue | null {
  const read = readDocx(bytes);
  if (!('problem' in read)) return null;
  return makeIssue(
    'FORMAT_UNREADABLE',
    { problem: read.problem, detail: read.detail ?? '' },
    { file, detail: read.part },
  );
}
