import type { Letter } from '../validate/letter/validate-letter';
import { readDocxText } from '../ooxml/docx-text';
import type { Mismatch } from './mismatch';

const plain = (s: string) =>
  s
    .replace(/\*\*([^*]+)\*\*|\*([^*]+)\*/gu, '$1$2')
    .replace(/\[\^[\p{L}\d_-]+\]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Reads a produced letter back: every body line of the content file must stand, in order, as a
 * paragraph of the document, the summary and signer must be there, and every footnote computed
 * from the data (`notes`, by key) that the body places must be in the file word for word.
 */
export function verifyLetterDocx(
  bytes: Buffer,
  letter: Letter,
  file: string,
  notes: ReadonlyMap<string, string> = new Map(),
): Mismatch[] {
  const read = readDocxText(bytes);
  const text = read.body.map((p) => plain(p.text));
  const out: Mismatch[] = [];
  let at = 0;
  for (const l of letter.body) {
    const want = plain(l.text);
    if (!want || /^\[\^[^\]]+\]:/u.test(l.text.trim())) continue;
    const found = text.indexOf(want, at);
    if (found < 0)
      out.push({
        file,
        place: `đoạn ở dòng ${l.line}`,
        expected: want.slice(0, 60),
        found: 'không thấy',
      });
    else at = found + 1;
  }
  for (const want of [`V/v ${letter.frame.trich_yeu}`, letter.frame.ky.ho_ten])
    if (!text.includes(plain(want)))
      out.push({ file, place: 'khung', expected: want, found: 'không thấy' });
  // Footnotes computed from the data must stand in the file word for word.
  const written = new Set(read.footnotes.values());
  const used = new Set(
    letter.body.flatMap((l) => [...l.text.matchAll(/\[\^([\p{L}\d_-]+)\]/gu)].map((m) => m[1]!)),
  );
  for (const [key, note] of notes)
    if (used.has(key) && !written.has(note))
      out.push({
        file,
        place: `chú thích ${key}`,
        expected: note.slice(0, 60),
        found: 'không thấy',
      });
  return out;
}
