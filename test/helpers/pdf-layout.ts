// Layout checks of the PDF pages LibreOffice makes of our Word and Excel files (issue 16), read
// with poppler: word boxes from `pdftotext -bbox` (pageWords), the bold and italic of a line
// from `pdftohtml -xml`. Each check returns what it found wrong, so that a test asserts `[]` and
// a failure lists the places. One conversion per file: the checks read the PDF `tthc build
// --pdf` wrote, or the one a test converted once.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { DocxParagraph } from '../../src/ooxml/docx-model';
import { readDocxText } from '../../src/ooxml/docx-text';
import { pageWords, type PlacedWord } from './soffice';

/** A line of a page: its words left to right, at one height. */
export interface PlacedLine {
  readonly page: number;
  readonly words: readonly PlacedWord[];
  readonly text: string;
  readonly yMin: number;
  readonly xMin: number;
}

export const pageCount = (pdf: string): number =>
  Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);

/** Words of one page grouped into lines (tops within 2 pt), top to bottom, left to right. */
export function pageLines(pdf: string, page: number): PlacedLine[] {
  const words = [...pageWords(pdf, page).words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
  const lines: PlacedWord[][] = [];
  for (const w of words) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last[0]!.yMin - w.yMin) < 2) last.push(w);
    else lines.push([w]);
  }
  return lines.map((ws) => {
    const sorted = ws.sort((a, b) => a.xMin - b.xMin);
    return {
      page,
      words: sorted,
      text: sorted.map((w) => w.text).join(' '),
      yMin: Math.min(...sorted.map((w) => w.yMin)),
      xMin: sorted[0]!.xMin,
    };
  });
}

/** Every line of a PDF, page after page. */
export const pdfLines = (pdf: string): PlacedLine[] =>
  Array.from({ length: pageCount(pdf) }, (_, i) => pageLines(pdf, i + 1)).flat();

const wordsOf = (text: string) => text.split(/\s+/).filter((w) => w !== '');

/**
 * Where each paragraph begins in the PDF: the line holding its first words (up to four), found
 * in order after the previous paragraph's, so that paragraphs beginning alike ("- Tổng số")
 * are told apart. Null for a paragraph not found (empty, or a table cell laid out otherwise).
 */
export function locateParagraphs(
  paragraphs: readonly string[],
  lines: readonly PlacedLine[],
): (PlacedLine | null)[] {
  let from = 0;
  return paragraphs.map((p) => {
    const head = wordsOf(p).slice(0, 4);
    if (head.length === 0) return null;
    for (let i = from; i < lines.length; i++) {
      const ws = lines[i]!.words.map((w) => w.text);
      // The paragraph's first words open the line (a wrapped head goes on to the next line).
      const next = lines[i + 1]?.words.map((w) => w.text) ?? [];
      const joined = [...ws, ...next];
      if (head.every((w, k) => joined[k] === w) && ws[0] === head[0]) {
        from = i + 1;
        return lines[i]!;
      }
    }
    return null;
  });
}

/** The body paragraphs of a .docx outside tables, with their style ids and text. */
export const docxBody = (docx: string): DocxParagraph[] =>
  readDocxText(readFileSync(docx)).body.filter((p) => !p.inTable && p.text.trim() !== '');

const HEADING_STYLE = /^Muc\d$/;

/**
 * Headings left at the foot of a page: a heading paragraph (styles Muc1–Muc4, the lettered
 * sub-headings "a) …", and a short line leading into the next) whose next paragraph begins on
 * a later page. Returns
 * "p<page>: <heading>" for each.
 */
export function strandedHeadings(docx: string, pdf: string): string[] {
  const body = docxBody(docx);
  const at = locateParagraphs(
    body.map((p) => p.text),
    pdfLines(pdf),
  );
  const out: string[] = [];
  body.forEach((p, i) => {
    if (!HEADING_STYLE.test(p.style) && !isLetteredHeading(p) && !leadsIn(p.text)) return;
    const here = at[i];
    const next = at.slice(i + 1).find((l) => l !== null);
    if (here && next && next.page > here.page) out.push(`p${here.page}: ${p.text.slice(0, 60)}`);
  });
  return out;
}

/**
 * A short line that introduces what follows, with no sentence end: "- Trụ sở làm việc của
 * Trung tâm …", "* Số cán bộ, công chức làm việc tại Trung tâm", "- 03 phòng chuyên môn:".
 * Written here from the pages of issue 16, not taken from the renderer.
 */
const leadsIn = (text: string) =>
  text.trim().length <= 100 && (text.trim().endsWith(':') || !/[.;,!?…)"”/]$/u.test(text.trim()));

/** "a) Về trụ sở làm việc.", "d) Kết quả thực thi …:" — a lettered sub-heading of a point. */
const LETTERED = /^[a-zđ]\) \S/u;
const isLetteredHeading = (p: DocxParagraph) => LETTERED.test(p.text) && p.text.length < 400;

/** The lettered sub-headings under each numbered point (a)–d) of "4."), by that point. */
export function letteredGroups(body: readonly DocxParagraph[]): Map<string, DocxParagraph[]> {
  const groups = new Map<string, DocxParagraph[]>();
  let point = '';
  for (const p of body) {
    if (/^Muc[1-3]$/.test(p.style) || (p.style === 'Muc4' && /^\d+\.\d+\./.test(p.text)))
      point = p.text.slice(0, 40);
    else if (isLetteredHeading(p)) groups.set(point, [...(groups.get(point) ?? []), p]);
  }
  return groups;
}

/** A line's font as pdftohtml sees it: bold, italic, and its left edge. */
interface LineFont {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

/** The text pieces of a PDF with their bold and italic, from pdftohtml -xml. */
export function pdfFonts(pdf: string): LineFont[] {
  const xml = spawnSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', pdf], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }).stdout;
  return [...xml.matchAll(/<text [^>]*>(.*?)<\/text>/g)].map((m) => {
    const inner = m[1]!;
    return {
      text: inner
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        // A justified line's wide spaces come out doubled.
        .replace(/\s+/g, ' ')
        .trim(),
      bold: inner.includes('<b>'),
      italic: inner.includes('<i>'),
    };
  });
}

/**
 * The lettered sub-headings of each point, as the docx styles them and as the PDF shows them:
 * "style | bold italic | x" per heading. A point whose headings differ is listed with each.
 */
export function unlikeSubHeadings(docx: string, pdf: string): string[] {
  const body = docxBody(docx);
  const lines = pdfLines(pdf);
  const fonts = pdfFonts(pdf);
  const out: string[] = [];
  for (const [point, heads] of letteredGroups(body)) {
    const located = locateParagraphs(
      heads.map((h) => h.text),
      lines,
    );
    const looks = heads.map((h, k) => {
      const font = fonts.find((f) => f.text.startsWith(wordsOf(h.text).slice(0, 3).join(' ')));
      const x = located[k] ? Math.round(located[k].xMin) : null;
      const face = font ? `${font.bold ? 'b' : '-'}${font.italic ? 'i' : '-'}` : '?';
      return `${h.style} ${face} x=${x}`;
    });
    if (new Set(looks).size > 1)
      out.push(`${point}: ${heads.map((h, k) => `${h.text.slice(0, 3)}${looks[k]}`).join('; ')}`);
  }
  return out;
}

const URL = /(?:https?:\/\/|www\.)\S{8,}/;

/** A line's widest gap between two words, in points. */
const widestGap = (l: PlacedLine) =>
  Math.max(0, ...l.words.slice(1).map((w, k) => w.xMin - l.words[k]!.xMax));

/**
 * Justified lines stretched before a long URL: the line above one that begins with a URL, in
 * the same paragraph (the next line down, left edge at the margin), whose widest word gap is
 * over `limit` points (a 14 pt space is 3.5 pt; a justified line of this report reaches about
 * 6). Returns "p<page>: <line> (<gap> pt)".
 */
export function stretchedBeforeUrls(pdf: string, limit = 8): string[] {
  const lines = pdfLines(pdf);
  const out: string[] = [];
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    if (!prev || prev.page !== l.page || !URL.test(l.words[0]!.text)) return;
    const gap = widestGap(prev);
    if (gap > limit) out.push(`p${l.page}: ${prev.text.slice(0, 50)} (${gap.toFixed(1)} pt)`);
  });
  return out;
}

/** The URLs of a PDF's text, to show that a check of them had something to check. */
export const urlLines = (pdf: string): string[] =>
  pdfLines(pdf)
    .filter((l) => l.words.some((w) => URL.test(w.text)))
    .map((l) => l.text);

/**
 * The page holding "Nơi nhận:" and the signature has body text above them: returns the lines
 * above "Nơi nhận:" on its page, less the page number at the top.
 */
export function bodyAboveClosing(pdf: string): string[] {
  const lines = pdfLines(pdf);
  const closing = lines.find((l) => l.text.startsWith('Nơi nhận:'));
  if (!closing) return [];
  return lines
    .filter((l) => l.page === closing.page && l.yMin < closing.yMin - 1)
    .filter((l) => !/^\d+$/.test(l.text))
    .map((l) => l.text);
}

/**
 * Numbers touching the next column's text in a table's PDF: a word that is a number followed,
 * on its line, by a word less than `gap` points away (a space of the forms' 10–11 pt type is
 * 2.5 pt or more), or a number run into letters ("1.234Xã"). Returns "p<page>: a|b (<gap>)".
 */
export function touchingNumbersIn(lines: readonly PlacedLine[], gap = 1.5): string[] {
  const out: string[] = [];
  for (const l of lines) {
    l.words.forEach((w, k) => {
      if (/^[\d.,]+\p{Lu}\p{Ll}/u.test(w.text)) out.push(`p${l.page}: ${w.text}`);
      const next = l.words[k + 1];
      if (!next || !/^[\d.,]+%?$/.test(w.text)) return;
      const d = next.xMin - w.xMax;
      if (d < gap) out.push(`p${l.page}: ${w.text}|${next.text} (${d.toFixed(1)})`);
    });
  }
  return out;
}

export const touchingNumbers = (pdf: string, gap = 1.5): string[] =>
  touchingNumbersIn(pdfLines(pdf), gap);

/**
 * Pages of a forms PDF that hold nothing of a table but its repeated heading and either its
 * "Tổng số" line or the signatures: below the column numbers "(1) (2) …" only a total line, or
 * signatures on a page with no column numbers. Returns "p<page>".
 */
export function loneTotalOrSignatureIn(pages: readonly (readonly PlacedLine[])[]): string[] {
  const out: string[] = [];
  pages.forEach((lines, i) => {
    const numbers = lines.findIndex((l) => /^\(1\) \(2\)/.test(l.text));
    const below = lines.slice(numbers + 1).filter((l) => !/^\d+$/.test(l.text));
    const signature = below.findIndex((l) => /NGƯỜI LẬP BIỂU|THỦ TRƯỞNG/.test(l.text));
    const rows = signature < 0 ? below : below.slice(0, signature);
    const onlyTotal =
      numbers >= 0 && rows.length > 0 && rows.every((l) => /^Tổng số(?:\s|$)/u.test(l.text));
    const onlySignature = signature >= 0 && numbers < 0;
    if (onlyTotal || onlySignature) out.push(`p${i + 1}`);
  });
  return out;
}

export const loneTotalOrSignaturePages = (pdf: string): string[] =>
  loneTotalOrSignatureIn(Array.from({ length: pageCount(pdf) }, (_, i) => pageLines(pdf, i + 1)));

const named = (check: string, faults: readonly string[]) => faults.map((f) => `${check}: ${f}`);

/**
 * Every layout check of a report's PDF against its Word file, each fault named by its check:
 * no heading at the foot of a page, a)–d) alike, no line stretched before a web address, the
 * closing paragraph ("Trên đây là báo cáo…") on the page of "Nơi nhận:".
 */
export const reportLayoutFaults = (docx: string, pdf: string): string[] => [
  ...named('strandedHeadings', strandedHeadings(docx, pdf)),
  ...named('unlikeSubHeadings', unlikeSubHeadings(docx, pdf)),
  ...named('stretchedBeforeUrls', stretchedBeforeUrls(pdf)),
  ...(/Trên đây là báo cáo/.test(bodyAboveClosing(pdf).join('\n'))
    ? []
    : ['bodyAboveClosing: "Trên đây là báo cáo" not on the page of "Nơi nhận:"']),
];

/** The layout checks of a forms PDF (annex or workbook), each fault named by its check. */
export const formsLayoutFaults = (pdf: string): string[] => [
  ...named('loneTotalOrSignaturePages', loneTotalOrSignaturePages(pdf)),
  ...named('touchingNumbers', touchingNumbers(pdf)),
];
