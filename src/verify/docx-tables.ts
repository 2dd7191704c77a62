import PizZip from 'pizzip';
import { unescapeXml } from '../render/docx/xml';
import type { Mismatch } from './mismatch';

/** A table cell as read from WordprocessingML: its text and how many grid columns it covers. */
export interface DocxCell {
  readonly text: string;
  readonly span: number;
  /** Every run that shows text is bold (<w:b/> in its own properties). */
  readonly bold: boolean;
}

/** The rows of one table, cells in document order. */
export type DocxTable = readonly (readonly DocxCell[])[];

/**
 * The contents of the outermost `tag` elements of `xml`, in order. Counting depth keeps a
 * nested table's rows out of its parent's; the look-ahead keeps `w:tbl` from matching `w:tblPr`.
 */
function outermost(xml: string, tag: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (const m of xml.matchAll(new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*?(/?)>`, 'g'))) {
    if (m[2] === '/') {
      if (depth === 0) out.push('');
    } else if (m[1] !== '/') {
      if (depth++ === 0) start = m.index + m[0].length;
    } else if (--depth === 0) out.push(xml.slice(start, m.index));
  }
  return out;
}

/** A paragraph's visible text: its w:t runs, line breaks and tabs, in order. */
function paragraphText(p: string): string {
  let text = '';
  for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\b[^>]*\/>|<w:tab\/>/g))
    text += m[1] !== undefined ? unescapeXml(m[1]) : m[0].startsWith('<w:br') ? '\n' : '\t';
  return text;
}

/** Whether every run of `xml` that shows text has bold switched on in its own properties. */
function allRunsBold(xml: string): boolean {
  const runs = outermost(xml, 'w:r').filter((r) => /<w:t[\s>]/.test(r));
  return (
    runs.length > 0 &&
    runs.every((r) => /<w:b(?:\s+w:val="(?:true|1|on)")?\s*\/>/.test(r.split('</w:rPr>')[0] ?? ''))
  );
}

function cellOf(tc: string): DocxCell {
  const span = /<w:gridSpan w:val="(\d+)"/.exec(tc.split('</w:tcPr>')[0] ?? '');
  return {
    text: outermost(tc, 'w:p').map(paragraphText).join('\n'),
    span: span ? Number(span[1]) : 1,
    bold: allRunsBold(tc),
  };
}

/**
 * Every top-level table of a word/document.xml, read from the XML alone: the read-back side
 * of the renderers, sharing nothing with them.
 */
export function docxTables(documentXml: string): DocxTable[] {
  return outermost(documentXml, 'w:tbl').map((tbl) =>
    outermost(tbl, 'w:tr').map((tr) => outermost(tr, 'w:tc').map(cellOf)),
  );
}

/** The text of each grid column of a row; columns covered by a wider cell read `null`. */
export function gridTexts(row: readonly DocxCell[]): (string | null)[] {
  return row.flatMap((c) => [c.text, ...Array<null>(Math.max(0, c.span - 1)).fill(null)]);
}

/**
 * The top-level tables of a Word file's body, or the mismatch that says it has no body: the
 * start of every read-back of an annex.
 */
export function tablesOfDocx(
  bytes: Buffer,
  file: string,
): { tables: DocxTable[] } | { missing: Mismatch } {
  const xml = new PizZip(bytes).file('word/document.xml')?.asText();
  if (xml === undefined)
    return {
      missing: {
        kind: 'table',
        file,
        at: { part: 'word/document.xml' },
        expected: 'nội dung văn bản',
        found: 'không có',
      },
    };
  return { tables: docxTables(xml) };
}
