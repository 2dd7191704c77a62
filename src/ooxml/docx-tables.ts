import type { DocxCell, DocxTable } from './docx-model';
import { openDocxPackage } from './docx-package';
import {
  isContainer,
  kidsThrough,
  paragraphText,
  runsOf,
  topTables,
  walkParagraphs,
} from './story';
import { isW, kid, kids, onOff, parseXml, textOf, wAttr, type Element } from './xml';

/** Whether every run of a cell that shows text has bold switched on in its own properties. */
function allRunsBold(paragraphs: readonly Element[]): boolean {
  // Every run with text bold, and at least one: by loops, for every cell of every table read
  // back.
  let any = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const runs = runsOf(paragraphs[i]!);
    for (let k = 0; k < runs.length; k++) {
      const r = runs[k]!;
      if (!kids(r, 't').some((t) => textOf(t) !== '')) continue;
      if (onOff(kid(kid(r, 'rPr'), 'b')) !== true) return false;
      any = true;
    }
  }
  return any;
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
 * The table whose row `tr` is when `tablesOf(body)` would read it as a row of a top-level
 * table (`ancestors`: document, body, then containers, the table, containers), else undefined.
 */
function topTableOfRow(tr: Element, ancestors: readonly Element[]): Element | undefined {
  if (!isW(tr, 'tr') || ancestors.length < 3 || !isW(ancestors[1]!, 'body')) return undefined;
  let k = 2;
  while (k < ancestors.length && !isW(ancestors[k]!, 'tbl') && isContainer(ancestors[k]!)) k++;
  const tbl = ancestors[k];
  if (!tbl || !isW(tbl, 'tbl')) return undefined;
  for (let j = k + 1; j < ancestors.length; j++)
    if (isW(ancestors[j]!, 'tr') || !isContainer(ancestors[j]!)) return undefined;
  return tbl;
}

/**
 * Largest main part (bytes of XML) read as a whole tree: a province's annexes are well under
 * 1 MB; a national ranking annex of 3,321 rows is about 8 MB.
 */
export const TREE_LIMIT = 4 * 1024 * 1024;

/**
 * The top-level tables of a Word file's body, or null when it has no main document part.
 * Throws when the bytes are no zip or the part is not well-formed XML. A main part up to
 * `treeLimit` is read from the package's parsed tree, which the Nghị định 30/2020 check of the
 * same file then finds parsed already. In a larger one, each row of a top-level table is read
 * into its cells as soon as it ends and left out of the parsed tree: a national ranking annex
 * (33,210 rows) never has its whole body as a tree (issue 19, memory). Either way the result is
 * `tablesOf(body)`'s: the same rows, read by the same `cellOf`.
 */
export function readDocxTables(bytes: Buffer, treeLimit = TREE_LIMIT): DocxTable[] | null {
  const pkg = openDocxPackage(bytes);
  if (!pkg) throw new Error('not a zip');
  const size = pkg.size(pkg.main);
  if (size === null) return null;
  if (size <= treeLimit) {
    const body = kid(pkg.part(pkg.main) ?? undefined, 'body');
    return body ? tablesOf(body) : null;
  }
  const rows = new Map<Element, DocxCell[][]>();
  const root = pkg.scan(pkg.main, (el, ancestors) => {
    const tbl = topTableOfRow(el, ancestors);
    if (!tbl) return false;
    let read = rows.get(tbl);
    if (!read) rows.set(tbl, (read = []));
    read.push(kidsThrough(el, 'tc').map(cellOf));
    return true;
  });
  const body = kid(root ?? undefined, 'body');
  return body ? topTables(body).map((tbl) => rows.get(tbl) ?? []) : null;
}

/** The text of each grid column of a row; columns covered by a wider cell read `null`. */
export function gridTexts(row: readonly DocxCell[]): (string | null)[] {
  return row.flatMap((c) => [c.text, ...Array<null>(Math.max(0, c.span - 1)).fill(null)]);
}
