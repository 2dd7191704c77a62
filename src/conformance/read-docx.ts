import { posix } from 'node:path';
import PizZip from 'pizzip';
import type { DocxDocument, HeaderPart, Section } from './docx-model';
import { readParagraphs } from './read-paragraphs';
import { readStyles, type StyleSheet, type ThemeFonts } from './styles';
import {
  attr,
  descendants,
  kid,
  kids,
  onOff,
  parseXml,
  wAttr,
  XmlSyntaxError,
  type Element,
} from './xml';

/** Why a file could not be read as a Word document. */
export interface Unreadable {
  readonly problem: 'not-zip' | 'no-document' | 'bad-xml' | 'damaged';
  readonly part?: string;
  readonly detail?: string;
}

const RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const mm = (twips: string | null) => (twips === null ? null : (Number(twips) / 1440) * 25.4);

interface Relationship {
  readonly type: string;
  readonly target: string;
}

class BadPart extends Error {
  constructor(
    readonly problem: 'bad-xml' | 'damaged',
    readonly part: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

function partXml(zip: PizZip, part: string): Element | null {
  let text: string | undefined;
  try {
    text = zip.file(part)?.asText();
  } catch (err) {
    // A damaged zip entry (bad CRC, unknown compression) is found only when it is read.
    throw new BadPart('damaged', part, err instanceof Error ? err.message : '');
  }
  if (text === undefined) return null;
  try {
    return parseXml(text);
  } catch (err) {
    if (err instanceof XmlSyntaxError) throw new BadPart('bad-xml', part, err.message);
    throw err;
  }
}

/** The relationships of `part` by id, targets resolved to package paths. */
function relationships(zip: PizZip, part: string): Map<string, Relationship> {
  const dir = posix.dirname(part);
  const root = partXml(zip, posix.join(dir, '_rels', `${posix.basename(part)}.rels`));
  const out = new Map<string, Relationship>();
  if (!root) return out;
  for (const r of descendants(root, 'Relationship', PACKAGE_RELS)) {
    const target = attr(r, 'Target') ?? '';
    if (attr(r, 'TargetMode') === 'External') continue;
    out.set(attr(r, 'Id') ?? '', {
      type: (attr(r, 'Type') ?? '').replace(/.*\//, ''),
      target: target.startsWith('/') ? target.slice(1) : posix.join(dir, target),
    });
  }
  return out;
}

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

function readPackage(zip: PizZip): DocxDocument | Unreadable {
  const main =
    [...relationships(zip, '').values()].find((r) => r.type === 'officeDocument')?.target ??
    'word/document.xml';
  const document = partXml(zip, main);
  const body = kid(document ?? undefined, 'body');
  if (!body) return { problem: 'no-document', part: main };
  const rels = relationships(zip, main);
  const partOf = (type: string) => [...rels.values()].find((r) => r.type === type)?.target;
  const themePart = partOf('theme');
  const stylesPart = partOf('styles');
  const theme = themeFonts(themePart ? partXml(zip, themePart) : null);
  const sheet: StyleSheet = readStyles(stylesPart ? partXml(zip, stylesPart) : null, theme);
  const stories = new Map<string, HeaderPart>();
  const story = (part: string): HeaderPart => {
    let s = stories.get(part);
    if (!s) {
      const root = partXml(zip, part);
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
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    return { problem: 'not-zip' };
  }
  try {
    return readPackage(zip);
  } catch (err) {
    if (err instanceof BadPart) return { problem: err.problem, part: err.part, detail: err.detail };
    throw err;
  }
}
