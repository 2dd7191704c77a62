import PizZip from 'pizzip';
import { RUN_CHARACTERS } from '../conformance/run-characters';
import { unescapeXml } from '../render/docx/xml';

/** A paragraph of a produced .docx as a reader sees it: its style and its text. */
export interface DocxParagraph {
  readonly style: string;
  readonly text: string;
  /** In a table cell. */
  readonly inTable: boolean;
}

// A run's text, its tab, breaks and hyphens (RUN_CHARACTERS), and its footnote mark. The
// paragraph's properties are left out first: their tab stops are "<w:tab w:pos=…/>" too.
const RUN_PARTS = new RegExp(
  '<w:t(?:\\s[^>]*)?>([^<]*)</w:t>' +
    '|<w:footnoteReference\\b[^>]*\\bw:id="(\\d+)"[^>]*/>' +
    `|<w:(${[...RUN_CHARACTERS.keys()].join('|')})(?:\\s[^>]*)?/>`,
  'g',
);

/** Text of one paragraph's XML: its runs as Word shows them, footnote marks as "[^id]". */
function paragraphText(xml: string): string {
  let text = '';
  for (const m of xml.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/g, '').matchAll(RUN_PARTS)) {
    if (m[1] !== undefined) text += unescapeXml(m[1]);
    else if (m[2] !== undefined) text += `[^${m[2]}]`;
    else text += RUN_CHARACTERS.get(m[3]!) ?? '';
  }
  return text;
}

/**
 * Offsets where tables open and close, to tell a cell's paragraphs from the body's. The depth
 * after each mark is summed once and found by bisection: a document of thousands of tables is
 * read in linear time, not once per paragraph.
 */
function tableDepthAt(xml: string): (offset: number) => number {
  const at: number[] = [];
  const depthAfter: number[] = [];
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)w:tbl>/g)) {
    depth += m[1] === '/' ? -1 : 1;
    at.push(m.index);
    depthAfter.push(depth);
  }
  return (offset) => {
    let lo = 0;
    let hi = at.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! < offset) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last < 0 ? 0 : depthAfter[last]!;
  };
}

function paragraphs(xml: string): DocxParagraph[] {
  const depth = tableDepthAt(xml);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(m[0])?.[1] ?? 'Normal',
    text: paragraphText(m[0]),
    inTable: depth(m.index) > 0,
  }));
}

/**
 * Reads a produced Word file back, independently of how it was written: the body's paragraphs
 * in order (table cells included) and the text of each footnote by id.
 */
export function readDocxText(bytes: Buffer): {
  body: DocxParagraph[];
  footnotes: Map<number, string>;
} {
  const zip = new PizZip(bytes);
  const body = paragraphs(zip.file('word/document.xml')?.asText() ?? '');
  const footnotes = new Map<number, string>();
  const notes = zip.file('word/footnotes.xml')?.asText() ?? '';
  for (const m of notes.matchAll(/<w:footnote w:id="(\d+)">([\s\S]*?)<\/w:footnote>/g))
    footnotes.set(
      Number(m[1]),
      paragraphs(m[2]!)
        .map((p) => p.text)
        .join('\n')
        .trim(),
    );
  return { body, footnotes };
}
