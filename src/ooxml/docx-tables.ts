import type { DocxCell, DocxTable } from './docx-model';
import { openDocxPackage } from './docx-package';
import { kidsThrough, paragraphText, runsOf, topTables, walkParagraphs } from './story';
import { kid, kids, onOff, parseXml, textOf, wAttr, type Element } from './xml';

/** Whether every run of a cell that shows text has bold switched on in its own properties. */
function allRunsBold(paragraphs: readonly Element[]): boolean {
  const runs = paragraphs
    .flatMap((p) => runsOf(p))
    .filter((r) => kids(r, 't').some((t) => textOf(t) !== ''));
  return runs.length > 0 && runs.every((r) => onOff(kid(kid(r, 'rPr'), 'b')) === true);
}

function cellOf(tc: Element): DocxCell {
  const paragraphs: Element[] = [];
  walkParagraphs(tc, (p) => paragraphs.push(p));
  const span = wAttr(kid(kid(tc, 'tcPr'), 'gridSpan'), 'val');
  return {
    text: paragraphs.map((p) => paragraphText(p)).join('\n'),
    span: span !== null && /^\d+$/.test(span) ? Number(span) : 1,
    bold: allRunsBold(paragraphs),
  };
}

/** The top-level tables of a parsed story: rows, then cells (a nested table stays in its cell). */
export function tablesOf(root: Element): DocxTable[] {
  return topTables(root).map((tbl) =>
    kidsThrough(tbl, 'tr').map((tr) => kidsThrough(tr, 'tc').map(cellOf)),
  );
}

/**
 * Every top-level table of a word/document.xml, read from the XML alone: the read-back side
 * of the renderers, sharing nothing with them.
 */
export function docxTables(documentXml: string): DocxTable[] {
  const body = kid(parseXml(documentXml), 'body');
  return body ? tablesOf(body) : [];
}

/**
 * The top-level tables of a Word file's body, or null when it has no main document part.
 * Throws when the bytes are no zip or the part is not well-formed XML.
 */
export function readDocxTables(bytes: Buffer): DocxTable[] | null {
  const pkg = openDocxPackage(bytes);
  if (!pkg) throw new Error('not a zip');
  const body = kid(pkg.part(pkg.main) ?? undefined, 'body');
  return body ? tablesOf(body) : null;
}

/** The text of each grid column of a row; columns covered by a wider cell read `null`. */
export function gridTexts(row: readonly DocxCell[]): (string | null)[] {
  return row.flatMap((c) => [c.text, ...Array<null>(Math.max(0, c.span - 1)).fill(null)]);
}
