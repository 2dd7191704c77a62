import type { DocxDocument, HeaderPart, Section } from './docx-model';
import {
  readDocxPackage,
  type DocxPackage,
  type Relationship,
  type Unreadable,
} from './docx-package';
import { readParagraphs } from './read-paragraphs';
import { readStyles, type StyleSheet, type ThemeFonts } from './styles';
import { attr, descendants, kid, kids, onOff, wAttr, type Element } from './xml';

const RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const mm = (twips: string | null) => (twips === null ? null : (Number(twips) / 1440) * 25.4);

function themeFonts(root: Element | null): ThemeFonts {
  const latin = (name: string) => {
    const scheme = root ? descendants(root, name, DRAWING)[0] : undefined;
    const font = scheme ? descendants(scheme, 'latin', DRAWING)[0] : undefined;
    return attr(font, 'typeface');
  };
  return { major: latin('majorFont'), minor: latin('minorFont') };
}

function readSections(
  body: Element,
  rels: ReadonlyMap<string, Relationship>,
  story: (part: string) => HeaderPart,
): Section[] {
  // A section ends at a paragraph whose properties hold w:sectPr; the body's own ends the last.
  const sectPrs = [
    ...descendants(body, 'pPr').flatMap((pPr) => kids(pPr, 'sectPr')),
    ...kids(body, 'sectPr'),
  ];
  let inherited: { default: HeaderPart | null; first: HeaderPart | null } = {
    default: null,
    first: null,
  };
  return sectPrs.map((s, index) => {
    const headers = { ...inherited };
    for (const ref of descendants(s, 'headerReference')) {
      const type = wAttr(ref, 'type');
      const rel = rels.get(attr(ref, 'id', RELS_NS) ?? '');
      if (rel && (type === 'default' || type === 'first')) headers[type] = story(rel.target);
    }
    inherited = headers;
    const size = kid(s, 'pgSz');
    const margin = kid(s, 'pgMar');
    const gutter = mm(wAttr(margin, 'gutter')) ?? 0;
    const left = mm(wAttr(margin, 'left'));
    return {
      index,
      width: mm(wAttr(size, 'w')),
      height: mm(wAttr(size, 'h')),
      orient: wAttr(size, 'orient'),
      margins: {
        top: mm(wAttr(margin, 'top')),
        bottom: mm(wAttr(margin, 'bottom')),
        left: left === null ? null : left + gutter,
        right: mm(wAttr(margin, 'right')),
      },
      titlePage: onOff(kid(s, 'titlePg')) ?? false,
      restartsNumbering: wAttr(kid(s, 'pgNumType'), 'start') !== null,
      newPage: wAttr(kid(s, 'type'), 'val') !== 'continuous',
      defaultHeader: headers.default,
      firstHeader: headers.first,
      numberFormat: wAttr(kid(s, 'pgNumType'), 'fmt'),
    };
  });
}

const STORIES = new Set(['header', 'footer', 'footnotes', 'endnotes']);

function readPackage(pkg: DocxPackage): DocxDocument | Unreadable {
  const main = pkg.main;
  const document = pkg.part(main);
  const body = kid(document ?? undefined, 'body');
  if (!body) return { problem: 'no-document', part: main };
  const rels = pkg.relationships(main);
  const themePart = pkg.related('theme');
  const stylesPart = pkg.related('styles');
  const theme = themeFonts(themePart ? pkg.part(themePart) : null);
  const sheet: StyleSheet = readStyles(stylesPart ? pkg.part(stylesPart) : null, theme);
  const stories = new Map<string, HeaderPart>();
  const story = (part: string): HeaderPart => {
    let s = stories.get(part);
    if (!s) {
      const root = pkg.part(part);
      s = { part, paragraphs: root ? readParagraphs(root, part, sheet, theme) : [] };
      stories.set(part, s);
    }
    return s;
  };
  for (const r of rels.values()) if (STORIES.has(r.type)) story(r.target);
  return {
    body: readParagraphs(body, main, sheet, theme),
    sections: readSections(body, rels, story),
    otherParts: [...stories.values()],
  };
}

/**
 * Opens a .docx for checking: the body's paragraphs with resolved formatting, the page setup
 * and headers of each section, and the text of headers, footers and notes. A file that is not
 * a Word document gives the reason instead.
 */
export function readDocx(bytes: Buffer): DocxDocument | Unreadable {
  return readDocxPackage(bytes, readPackage);
}
