import { toNfc } from '../format';
import type { DocxDocument, HeaderPart, Para, TextRun } from './docx-model';
import {
  BadPart,
  editedDocxPackage,
  readingParts,
  type DocxPackage,
  type Unreadable,
} from './docx-package';
import { unescapeXml } from './escape-xml';
import { readDocxFrom } from './read-docx';
import { descendants, textOf, type Element } from './xml';
import { openZip, type ZipArchive } from './zip-archive';

/**
 * A Word file split in two for the checker: its layout (every part with the text of each w:t
 * replaced by a marker) and those texts. The reader (read-docx.ts) uses a w:t's text only as
 * the text of its run (whether it is empty, NFC, capitals of w:caps): every property it
 * resolves (fonts, sizes, styles, cells, sections, headers) is the same for every file of the
 * same layout. So a layout read once can be read again with another file's texts put back,
 * giving exactly what readDocx gives for that file (test/conformance/layout-cache.test.ts).
 *
 * The parts are scanned as bytes (latin1 strings: one character a byte), which finds the same
 * markup as the UTF-8 text since no byte of a multi-byte character is below 0x80; only the
 * texts are decoded.
 */

// U+E000 and U+E001 (private use), as UTF-8 bytes: a part holding either is not split.
const OPEN = '\uE000';
const OPEN_BYTES = '\xEE\x80\x80';
const CLOSE_BYTES = '\xEE\x80\x81';
// The two forms of w:t our renderers and docxtemplater write, each with its text; any other
// form stays as written, text included.
const RUN_TEXT = /(<w:t(?: xml:space="preserve")?>)([^<]+)(?=<\/w:t>)/g;
const MARKER = /\uE000([kK])(\d+)\uE001/g;
// As docx-package.ts decodes a part.
const UTF8 = new TextDecoder('utf-8');

/** A file's layout: the key of its layout and its texts by part. */
export interface DocxLayout {
  /**
   * Every part the checker may read, each w:t's text replaced by one mark: the key itself, not
   * a digest of it, so that two layouts are the same only when equal character for character.
   */
  readonly key: string;
  readonly texts: ReadonlyMap<string, readonly string[]>;
  /** Bytes of XML in the key. */
  readonly size: number;
  /**
   * Reads the layout itself, a numbered marker for each text; null when it cannot stand for
   * every file of its key (a part read that is not in the key, a marker the parser did not
   * find as the text of a w:t).
   */
  readonly read: () => DocxDocument | Unreadable | null;
}

// Document properties (title, author, dates) are data, and the checker never reads them.
const inKey = (name: string) => /\.(xml|rels)$/i.test(name) && !/^docProps\//i.test(name);

/** A part's bytes as a latin1 string, or null when it is damaged. */
function partBytes(zip: ZipArchive, name: string) {
  const content = zip.content(zip.entry(name)!);
  if ('refusal' in content || !content.data) return null;
  const data = content.data;
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
}

/**
 * The layout of a .docx, or null when it cannot be split (not a zip, a damaged part, a part
 * already holding the marker characters): the caller then reads the file with readDocx.
 */
export function docxLayout(bytes: Buffer): DocxLayout | null {
  const zip = openZip(bytes);
  if ('kind' in zip) return null;
  const raw = new Map<string, string>();
  const texts = new Map<string, string[]>();
  const key: string[] = [];
  let size = 0;
  for (const name of zip.entries
    .map((e) => e.name)
    .filter(inKey)
    .sort()) {
    const xml = partBytes(zip, name);
    if (xml === null || xml.includes(OPEN_BYTES) || xml.includes(CLOSE_BYTES)) return null;
    raw.set(name, xml);
    const own: string[] = [];
    for (const m of xml.matchAll(RUN_TEXT))
      own.push(unescapeXml(UTF8.decode(Buffer.from(m[2]!, 'latin1'))));
    texts.set(name, own);
    key.push(name, xml.replace(RUN_TEXT, `$1${OPEN_BYTES}`));
    size += xml.length;
  }
  return { key: key.join('\u0000'), texts, size, read: () => readLayout(zip, raw, texts) };
}

/** The layout read through the parser, each text a numbered marker; see DocxLayout.read. */
function readLayout(
  zip: ZipArchive,
  raw: ReadonlyMap<string, string>,
  texts: ReadonlyMap<string, readonly string[]>,
): DocxDocument | Unreadable | null {
  let outside = false;
  const roots = new Map<string, Element | null>();
  const doc = readingParts(() => {
    const edited = editedDocxPackage(zip, (part) => {
      const xml = raw.get(part);
      if (xml === undefined) {
        outside = true;
        throw new BadPart('damaged', part, '');
      }
      let i = 0;
      // "k" turns "K" where w:caps puts the run in capitals: the text put back follows it.
      const masked = xml.replace(
        RUN_TEXT,
        (_, open: string) => `${open}${OPEN_BYTES}k${i++}${CLOSE_BYTES}`,
      );
      return UTF8.decode(Buffer.from(masked, 'latin1'));
    });
    const pkg: DocxPackage = {
      ...edited,
      part: (path) => {
        const root = edited.part(path);
        roots.set(path, root);
        return root;
      },
    };
    return readDocxFrom(pkg);
  });
  if (outside) return null;
  if ('problem' in doc) return doc;
  for (const [part, root] of roots) {
    const expected = texts.get(part)?.length ?? 0;
    if (expected > 0 && (!root || markersInRunTexts(root) !== expected)) return null;
  }
  return doc;
}

/** The markers found, in order 0, 1, 2…, as the text of a w:t; -1 when one is out of place. */
function markersInRunTexts(root: Element): number {
  let next = 0;
  for (const t of descendants(root, 't'))
    for (const m of textOf(t).matchAll(MARKER)) {
      if (Number(m[2]) !== next) return -1;
      next++;
    }
  return next;
}

/** A layout's text that cannot be filled back exactly (see fillRun). */
class Unfillable extends Error {}

// What a run's text holds besides w:t (RUN_CHARACTERS): unchanged by NFC and by capitals.
const RUN_SIGNS = /^[\t\n-]*$/;

function fillRun(r: TextRun, texts: readonly string[] | undefined): TextRun {
  if (!r.text.includes(OPEN)) return r;
  let caps = false;
  const raw = r.text.replace(MARKER, (_, k: string, i: string) => {
    caps ||= k === 'K';
    const text = texts?.[Number(i)];
    if (text === undefined) throw new Unfillable();
    return text;
  });
  // Capitals applied to a text kept as written and then to the text put back beside it need
  // not equal capitals of the whole: readDocx reads such a file.
  if (caps && !RUN_SIGNS.test(r.text.replace(MARKER, ''))) throw new Unfillable();
  // As readParagraphs does: NFC of the whole run's text, then capitals for w:caps.
  const text = toNfc(raw);
  return { ...r, text: caps ? text.toLocaleUpperCase('vi') : text };
}

function fillPara(p: Para, texts: ReadonlyMap<string, readonly string[]>): Para {
  if (!p.text.includes(OPEN)) return p;
  const own = texts.get(p.part);
  const runs = p.runs.map((r) => fillRun(r, own));
  return { ...p, runs, text: runs.map((r) => r.text).join('') };
}

/**
 * A layout read by `DocxLayout.read` with a file's texts put back: what readDocx reads of it;
 * null in the one case where that cannot be exact (a run in capitals holding a text kept as
 * written beside a masked one), which the caller reads with readDocx.
 */
export function fillLayout(
  layout: DocxDocument,
  texts: ReadonlyMap<string, readonly string[]>,
): DocxDocument | null {
  try {
    return filled(layout, texts);
  } catch (err) {
    if (err instanceof Unfillable) return null;
    throw err;
  }
}

function filled(layout: DocxDocument, texts: ReadonlyMap<string, readonly string[]>): DocxDocument {
  const stories = new Map<HeaderPart, HeaderPart>(
    layout.otherParts.map((h) => [
      h,
      { part: h.part, paragraphs: h.paragraphs.map((p) => fillPara(p, texts)) },
    ]),
  );
  const story = (h: HeaderPart | null) => (h ? (stories.get(h) ?? null) : null);
  return {
    body: layout.body.map((p) => fillPara(p, texts)),
    sections: layout.sections.map((s) => ({
      ...s,
      defaultHeader: story(s.defaultHeader),
      firstHeader: story(s.firstHeader),
    })),
    otherParts: [...stories.values()],
  };
}
