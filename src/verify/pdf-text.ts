import { spawn, spawnSync } from 'node:child_process';
import { PDFTOTEXT } from '../tools/programs';

/**
 * The text of each page of a PDF as poppler's pdftotext reads it: what a reader's copy and
 * paste, or a search in the viewer, would find.
 */
export function pdfPages(pdf: Uint8Array): string[] {
  const r = spawnSync(PDFTOTEXT, ['-enc', 'UTF-8', '-', '-'], {
    input: pdf,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${PDFTOTEXT}: ${r.stderr}`);
  return pagesOf(r.stdout);
}

// pdftotext ends every page with a form feed.
const pagesOf = (text: string) => text.split('\f').slice(0, -1);

/** pdfPages without waiting: several PDFs are read at once, one pdftotext each. */
export function pdfPagesAsync(pdf: Uint8Array): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(PDFTOTEXT, ['-enc', 'UTF-8', '-', '-'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    // pdftotext may stop reading before the end (a PDF it cannot read): its exit says why.
    child.stdin.on('error', () => undefined);
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(pagesOf(Buffer.concat(out).toString('utf8')))
        : reject(new Error(`${PDFTOTEXT}: ${Buffer.concat(err).toString('utf8')}`)),
    );
    child.stdin.end(pdf);
  });
}

/**
 * The words printed on `pages`, one document's pages in order. The page number a numbered
 * document prints at the top of page 2 onwards comes first in the page's text and is not a
 * word of the document: it is left out, so that it cannot stand in for a lost figure.
 */
export function printedWords(pages: readonly string[], numbered: boolean): string[] {
  const perPage = pages.map((text, i) => {
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.trim() !== '');
    if (numbered && first >= 0 && lines[first]!.trim() === String(i + 1)) lines.splice(first, 1);
    return lines.join('\n').split(/\s+/).filter(Boolean);
  });
  // pdftotext joins a word LibreOffice broke after its hyphen inside a page, not across two:
  // "2022-" at the foot of page 8 and "2025," at the top of page 9 are one word, "2022-2025,".
  const words: string[] = [];
  for (const page of perPage) {
    const last = words[words.length - 1];
    if (last !== undefined && /\p{L}|\d/u.test(last) && last.endsWith('-') && page.length > 0)
      words[words.length - 1] = last + page.shift()!;
    words.push(...page);
  }
  return words;
}

/**
 * How a word is compared. NFKC undoes ligatures and non-breaking spaces. Hyphens are left out:
 * LibreOffice may break a line after the hyphen of "NĐ-CP" or "2022-2025", and pdftotext then
 * joins the two halves and drops the hyphen ("NĐCP"), as it would for a hyphenated word.
 */
const key = (word: string) => word.normalize('NFKC').replace(/[\u00ad-]/g, '');

const add = (counts: Map<string, number>, word: string, n = 1) =>
  counts.set(word, (counts.get(word) ?? 0) + n);

/** Between two characters of a figure ("1.008", "3,5"): no word boundary can be there. */
const insideFigure = (s: string, at: number) => /[\d.,]/.test(s[at - 1]!) && /[\d.,]/.test(s[at]!);

/**
 * `token` as two or more words of `words` run together, or null. pdftotext reads a gap
 * narrower than it expects as no space at all: "↓ 2" in a narrow cell reads "↓2", a footnote's
 * number sticks to the word it follows ("bản2"). A figure is never cut in two, so "125" is
 * not "12" and "5".
 */
function runTogether(
  token: string,
  words: ReadonlySet<string>,
  failed = new Set<string>(),
): string[] | null {
  for (let i = token.length - 1; i > 0; i--) {
    const head = token.slice(0, i);
    const rest = token.slice(i);
    if (insideFigure(token, i) || !words.has(head) || failed.has(rest)) continue;
    const tail = words.has(rest) ? [rest] : runTogether(rest, words, failed);
    if (tail) return [head, ...tail];
    failed.add(rest);
  }
  return null;
}

/** A word of the source that the PDF shows fewer times than the source prints it. */
export interface MissingWord {
  readonly word: string;
  /** How many times the source prints it, and the PDF shows it. */
  readonly expected: number;
  readonly found: number;
}

/**
 * The words of `source` that `printed` (the PDF's words) does not show as often as the source
 * has them. Words are counted, not only looked for: a figure lost in one table cell is missed
 * even when the same figure stands in another. Extra words in the PDF (a heading repeated on
 * each page of a workbook) are allowed.
 */
export function missingWords(source: readonly string[], printed: readonly string[]): MissingWord[] {
  const wanted = new Map<string, number>();
  const original = new Map<string, string>();
  for (const w of source) {
    const k = key(w);
    if (!k) continue;
    add(wanted, k);
    if (!original.has(k)) original.set(k, w);
  }
  const vocabulary = new Set(wanted.keys());
  const shown = new Map<string, number>();
  for (const token of printed) {
    const k = key(token);
    if (!k) continue;
    const words = vocabulary.has(k) ? [k] : (runTogether(k, vocabulary) ?? [k]);
    for (const w of words) add(shown, w);
  }
  return [...wanted]
    .filter(([w, n]) => (shown.get(w) ?? 0) < n)
    .map(([w, n]) => ({ word: original.get(w)!, expected: n, found: shown.get(w) ?? 0 }));
}
