import PizZip from 'pizzip';
import { readDocxText } from '../ooxml/docx-text';

/** The words a document prints, each as often as it prints it: what its PDF must show. */
export interface PrintedWords {
  readonly words: readonly string[];
  /** The document prints its page number at the top of its pages (a PAGE field in a header). */
  readonly numberedPages: boolean;
}

const split = (text: string) => text.split(/\s+/).filter(Boolean);

const MARK = /\[\^(\d+)\]/g;

/**
 * A footnote prints as the number it has in order of appearance, which is not always its id in
 * the XML: each id's number, counted from 1 in the order the body cites them.
 */
function footnoteNumbers(body: string): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const m of body.matchAll(MARK))
    if (!numbers.has(m[1]!)) numbers.set(m[1]!, numbers.size + 1);
  return numbers;
}

function numberedPages(zip: PizZip): boolean {
  return zip
    .file(/^word\/header\d*\.xml$/)
    .some((f) => /<w:instrText[^>]*>\s*PAGE\b|w:instr="\s*PAGE\b/.test(f.asText()));
}

/**
 * Every word a reader sees in a Word file, as often as it is printed: body, table cells and
 * footnotes. A footnote's mark is its printed number, a word of its own (LibreOffice sets it
 * close to the word it follows, pdftotext may run the two together: the comparison allows
 * that), and each cited footnote starts with its number as it does at the foot of the page.
 */
export function docxWords(bytes: Buffer): PrintedWords {
  const read = readDocxText(bytes);
  const body = read.body.map((p) => p.text).join('\n');
  const numbers = footnoteNumbers(body);
  const notes = [...numbers].map(([id, n]) => `${n} ${read.footnotes.get(Number(id)) ?? ''}`);
  return {
    words: split(
      [body.replace(MARK, (_, id: string) => ` ${numbers.get(id)}`), ...notes].join('\n'),
    ),
    numberedPages: numberedPages(new PizZip(bytes)),
  };
}

/**
 * The words of the tables of a Word file, as often as they are printed: what the workbook of
 * the same tables must show. A workbook's printed pages carry no numbers.
 */
export function docxTableWords(bytes: Buffer): PrintedWords {
  const cells = readDocxText(bytes).body.filter((p) => p.inTable);
  return {
    words: split(cells.map((p) => p.text.replace(MARK, ' ')).join('\n')),
    numberedPages: false,
  };
}
