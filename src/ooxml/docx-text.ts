import type { DocxParagraph, DocxText } from './docx-model';
import { openDocxPackage, type DocxPackage } from './docx-package';
import { paragraphText, walkParagraphs } from './story';
import { kid, kids, wAttr, type Element } from './xml';

/** A story's paragraphs as a reader sees them: style, text with footnote marks, in a table or not. */
function paragraphsOf(root: Element): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  walkParagraphs(root, (p, cell) =>
    out.push({
      style: wAttr(kid(kid(p, 'pPr'), 'pStyle'), 'val') ?? 'Normal',
      text: paragraphText(p, true),
      inTable: cell !== null,
    }),
  );
  return out;
}

/** The text of each real footnote by id (separators and continuation notices have a w:type). */
function footnotesOf(pkg: DocxPackage): Map<number, string> {
  const out = new Map<number, string>();
  const part = pkg.related('footnotes');
  const root = part ? pkg.part(part) : null;
  for (const note of root ? kids(root, 'footnote') : []) {
    const id = wAttr(note, 'id') ?? '';
    const type = wAttr(note, 'type');
    if (!/^\d+$/.test(id) || (type !== null && type !== 'normal')) continue;
    out.set(
      Number(id),
      paragraphsOf(note)
        .map((p) => p.text)
        .join('\n')
        .trim(),
    );
  }
  return out;
}

/**
 * Reads a Word file's text back, independently of how it was written: the body's paragraphs
 * in order (table cells included), footnote marks written "[^id]", and the text of each
 * footnote by id. Throws when the bytes are no zip or a part is not well-formed XML.
 */
export function readDocxText(bytes: Buffer): DocxText {
  const pkg = openDocxPackage(bytes);
  if (!pkg) throw new Error('not a zip');
  const body = kid(pkg.part(pkg.main) ?? undefined, 'body');
  return { body: body ? paragraphsOf(body) : [], footnotes: footnotesOf(pkg) };
}
