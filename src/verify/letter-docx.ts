import { writtenLine } from '../catalogue/written-line';
import type { LetterModel } from '../compute/package-model';
import type { ReportModel } from '../compute/report-model';
import { plainText } from '../phrase/inline-markup';
import { frameLines } from '../phrase/frame-lines';
import { readDocxText } from '../ooxml/docx-text';
import type { Mismatch } from './mismatch';
import { proseFigures } from './prose-figures';

const plain = (s: string) => plainText(s).replace(/\s+/g, ' ').trim();

/**
 * Reads a produced letter back against its model: every paragraph of the body stands, in order,
 * as the model writes it (placeholders filled from the data); the frame's lines (number, place
 * and date, summary, issuing body, recipients, Nơi nhận, signer) are there; every footnote the
 * body refers to holds the model's text word for word. Returns the mismatches and how many
 * texts were compared.
 */
export function verifyLetterDocx(
  bytes: Buffer,
  letter: LetterModel,
  report: ReportModel | null,
  file: string,
): { mismatches: Mismatch[]; checked: number } {
  const read = readDocxText(bytes);
  const text = read.body.map((p) => plain(p.text.replace(/\[\^\d+\]/g, '')));
  const out: Mismatch[] = [];
  const part = 'word/document.xml';
  let checked = 0;
  let at = 0;
  for (const l of letter.body) {
    const want = plain(writtenLine(l, report, letter.marks));
    if (!want) continue;
    checked++;
    const found = text.indexOf(want, at);
    if (found < 0)
      out.push({
        kind: 'text',
        file,
        at: { part, detail: `đoạn ở dòng ${l.line} của ${letter.file}` },
        expected: want.slice(0, 80),
        found: 'không thấy, hoặc không đúng thứ tự',
      });
    else at = found + 1;
  }
  const f = letter.frame;
  const head = frameLines(f);
  const frame = [
    head.numberLine,
    head.summary,
    head.placeDate,
    ...head.issuingBody,
    f.signer.title.toLocaleUpperCase('vi'),
    f.signer.name,
  ];
  const all = text.join('\n');
  for (const want of frame) {
    checked++;
    if (!all.includes(plain(want)))
      out.push({
        kind: 'text',
        file,
        at: { part, detail: 'khung công văn' },
        expected: want,
        found: 'không thấy',
      });
  }
  // Footnotes, from the data or typed, must stand in the file word for word.
  const written = new Set(read.footnotes.values());
  const used = new Set(
    letter.body.flatMap((l) =>
      [...writtenLine(l, report, letter.marks).matchAll(/\[\^([\p{L}\d_-]+)\]/gu)].map(
        (m) => m[1]!,
      ),
    ),
  );
  for (const [key, note] of letter.footnotes) {
    if (!used.has(key)) continue;
    checked++;
    if (!written.has(note.text))
      out.push({
        kind: 'footnote',
        file,
        at: { part: 'word/footnotes.xml', detail: `chú thích ${key}` },
        expected: note.text.slice(0, 80),
        found: 'không thấy',
      });
  }
  if (report) {
    // Figures typed or written into its sentences, read as `tthc audit` reads them.
    const prose = proseFigures(bytes, report, file);
    out.push(...prose.mismatches);
    checked += prose.checked;
  }
  return { mismatches: out, checked };
}
