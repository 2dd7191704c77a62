import type { DocumentFrame } from '../compute/document-frame';
import { readDocxText } from '../ooxml/docx-text';
import { attachedToLine } from '../phrase/attached-to';
import type { Mismatch } from './mismatch';

/**
 * The annex's line "(Kèm theo Văn bản số … ngày …)" names the document it goes with, as that
 * document's frame says: the letter's number and date, never a blank date beside a dated letter.
 */
export function verifyAttachedLine(
  bytes: Buffer,
  frame: DocumentFrame,
  provinceName: string,
  file: string,
): Mismatch[] {
  const expected = attachedToLine(frame, provinceName, 'Văn bản');
  const plain = (s: string) => s.replace(/\s+/g, ' ').trim();
  const found = readDocxText(bytes).body.some((p) => plain(p.text) === plain(expected));
  return found
    ? []
    : [
        {
          kind: 'text',
          file,
          at: { part: 'word/document.xml', detail: 'dòng "Kèm theo" dưới tiêu đề phụ lục' },
          expected,
          found: 'không thấy',
        },
      ];
}
