import type { CellPlace } from './docx-model';
import { RUN_CHARACTERS } from './run-characters';
import { isW, textOf, W, wAttr, type Element } from './xml';

/**
 * How every reader of this folder walks a story (the body, a header, a footnote…): the one
 * definition of which paragraphs, tables, rows, cells and runs make up Word's text.
 */

/** Containers whose content is still text flow: content controls, custom XML, notes of a notes part. */
const CONTAINERS = new Set([
  'sdt',
  'sdtContent',
  'customXml',
  'ins',
  'smartTag',
  'hyperlink',
  'footnote',
  'endnote',
]);

/** Whether `kidsThrough` looks through `el` (a content control, custom XML…). */
export const isContainer = (el: Element): boolean => CONTAINERS.has(el.local);

// Indexed loops, not for…of, as in xml.ts: these walk every element of a Word file.

/** The `w:<name>` children of `el`, looking through containers (a row inside a content control). */
export function kidsThrough(el: Element, name: string, out: Element[] = []): Element[] {
  const children = el.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (typeof c !== 'string') {
      if (isW(c, name)) out.push(c);
      else if (CONTAINERS.has(c.local)) kidsThrough(c, name, out);
    }
  }
  return out;
}

/** The runs of a paragraph, looking through links and content controls but not into text boxes. */
export function runsOf(el: Element, out: Element[] = []): Element[] {
  const children = el.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (typeof c !== 'string') {
      if (isW(c, 'r')) out.push(c);
      else if (isW(c, 'fldSimple') || CONTAINERS.has(c.local)) runsOf(c, out);
    }
  }
  return out;
}

/**
 * The text of a run as Word shows it: its w:t, tabs, breaks and hyphens (RUN_CHARACTERS) and,
 * with `marks`, each footnote reference as "[^id]".
 */
export function runText(r: Element, marks = false): string {
  let text = '';
  const children = r.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (typeof c === 'string' || c.ns !== W) continue;
    if (c.local === 't') text += textOf(c);
    else if (marks && c.local === 'footnoteReference') text += `[^${wAttr(c, 'id') ?? ''}]`;
    else text += RUN_CHARACTERS.get(c.local) ?? '';
  }
  return text;
}

/** A paragraph's text: its runs in order, footnote references as "[^id]" with `marks`. */
export function paragraphText(p: Element, marks = false): string {
  let text = '';
  const runs = runsOf(p);
  for (let i = 0; i < runs.length; i++) text += runText(runs[i]!, marks);
  return text;
}

interface Walk {
  readonly visit: (p: Element, cell: CellPlace | null) => void;
  tables: number;
}

function walkTable(tbl: Element, w: Walk, outer: CellPlace | null): void {
  const table = outer ? outer.table : w.tables++;
  kidsThrough(tbl, 'tr').forEach((tr, row) => {
    const cells = kidsThrough(tr, 'tc');
    cells.forEach((tc, cell) =>
      walkBlocks(tc, w, outer ?? { table, row, cell, cellsInRow: cells.length }),
    );
  });
}

function walkBlocks(el: Element, w: Walk, cell: CellPlace | null): void {
  const children = el.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (typeof c === 'string') continue;
    if (isW(c, 'p')) w.visit(c, cell);
    else if (isW(c, 'tbl')) walkTable(c, w, cell);
    else if (CONTAINERS.has(c.local)) walkBlocks(c, w, cell);
  }
}

/**
 * Every paragraph of a story in document order, table cells included (a nested table's
 * paragraphs carry the place of the top-level cell that holds them), each with its place.
 */
export function walkParagraphs(
  root: Element,
  visit: (p: Element, cell: CellPlace | null) => void,
): void {
  walkBlocks(root, { visit, tables: 0 }, null);
}

/** The top-level tables of a story, in document order (nested tables stay in their cells). */
export function topTables(root: Element): Element[] {
  return kidsThrough(root, 'tbl');
}
