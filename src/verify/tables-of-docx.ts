import { readDocxTables } from '../ooxml/docx-tables';
import type { DocxTable } from '../ooxml/docx-model';
import type { Mismatch } from './mismatch';

/**
 * The top-level tables of a Word file's body, or the mismatch that says it has no body: the
 * start of every read-back of an annex.
 */
export function tablesOfDocx(
  bytes: Buffer,
  file: string,
): { tables: DocxTable[] } | { missing: Mismatch } {
  const tables = readDocxTables(bytes);
  if (tables === null)
    return {
      missing: {
        kind: 'table',
        file,
        at: { part: 'word/document.xml' },
        expected: 'nội dung văn bản',
        found: 'không có',
      },
    };
  return { tables };
}
