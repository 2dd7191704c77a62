import type { PDFDocument } from 'pdf-lib';
import { pdfLib } from '../tools/pdf-lib';
import {
  BUNDLE_FILE,
  BUNDLE_ORDER,
  PACKAGE_FILES,
  PDF_FILES,
  type DocumentKey,
} from '../contract/package-files';
import type { PrintedWords } from './document-words';
import type { Mismatch } from './mismatch';
import { readOutline } from './pdf-outline';
import { missingWords, pdfPages, pdfPagesAsync, printedWords } from './pdf-text';
import { isWorkbook, pdfSources, type ReadAlready } from './pdf-sources';

type Read = (name: string) => Buffer | null;
type Titles = Readonly<Record<DocumentKey, string>>;

// A font without Vietnamese letters loses words by the hundred: a few examples say enough.
const SHOWN = 5;

const times = (n: number) => (n === 1 ? '' : ` ${n} lần`);

/** Every word of `source` shows on `pages` as often as the source prints it. */
function wordChecks(
  file: string,
  place: string,
  source: PrintedWords,
  pages: readonly string[],
): Mismatch[] {
  const missing = missingWords(source.words, printedWords(pages, source.numberedPages));
  const out: Mismatch[] = missing.slice(0, SHOWN).map((w) => ({
    kind: 'pdf' as const,
    file,
    at: { detail: place },
    expected: `từ "${w.word}"${times(w.expected)}`,
    found: w.found === 0 ? 'không thấy' : `${w.found} lần`,
  }));
  if (missing.length > SHOWN)
    out.push({
      kind: 'pdf',
      file,
      at: { detail: place },
      expected: `thêm ${missing.length - SHOWN} từ khác`,
      found: 'không thấy',
    });
  return out;
}

const overflows = (texts: readonly string[]) => texts.join('\n').match(/#{3,}/g)?.length ?? 0;

/**
 * LibreOffice Calc fills a cell too narrow for its figure with "###". A text of the data may
 * hold "###" too ("Sở Tư pháp ###"): only more of them than the source prints is an overflow.
 */
function overflowChecks(file: string, source: PrintedWords, pages: readonly string[]): Mismatch[] {
  const found = overflows(pages);
  const expected = overflows(source.words);
  return found > expected
    ? [
        {
          kind: 'pdf' as const,
          file,
          at: { detail: 'ô bảng tính' },
          expected: 'số',
          found: `###${times(found - expected)}`,
        },
      ]
    : [];
}

/** The bookmarks of `doc` are `want`, in order, each opening its document's first page. */
function outlineChecks(
  file: string,
  doc: PDFDocument,
  want: readonly { title: string; start: number }[],
): Mismatch[] {
  const got = readOutline(doc).map((e) => `${e.title} → trang ${e.page + 1}`);
  const out: Mismatch[] = want
    .map((w) => `${w.title} → trang ${w.start + 1}`)
    .flatMap((w, i) =>
      got[i] === w
        ? []
        : [
            {
              kind: 'pdf' as const,
              file,
              at: { detail: `mục lục, mục ${i + 1}` },
              expected: w,
              found: got[i] ?? 'không có',
            },
          ],
    );
  if (got.length > want.length)
    out.push({
      kind: 'pdf',
      file,
      at: { detail: 'mục lục' },
      expected: `${want.length} mục`,
      found: `${got.length} mục`,
    });
  return out;
}

async function checkDocumentPdf(
  file: string,
  pdf: Uint8Array,
  pages: readonly string[],
  source: PrintedWords,
  title: string,
  workbook: boolean,
): Promise<Mismatch[]> {
  const out = wordChecks(file, 'chữ trên trang', source, pages);
  if (workbook) out.push(...overflowChecks(file, source, pages));
  const doc = await pdfLib().PDFDocument.load(pdf, { updateMetadata: false });
  return [...out, ...outlineChecks(file, doc, [{ title, start: 0 }])];
}

/**
 * One PDF beside its source: every word of `source` shows as often as the source prints it,
 * and its one bookmark carries the document's title. With `workbook`, the PDF of a workbook,
 * no cell shows "###".
 */
export async function verifyDocumentPdf(
  file: string,
  pdf: Uint8Array,
  source: PrintedWords,
  title: string,
  workbook = false,
): Promise<Mismatch[]> {
  return checkDocumentPdf(file, pdf, pdfPages(pdf), source, title, workbook);
}

/** The pages of `pdf`: read early when read from these very bytes, else now. */
function pagesOf(file: string, pdf: Uint8Array, given: ReadAlready): Promise<string[]> {
  const early = given.early?.get(file);
  return early && Buffer.compare(early.pdf, pdf) === 0 ? early.pages : pdfPagesAsync(pdf);
}

/**
 * Each PDF of the package against its source, the pages of all read at once (one pdftotext
 * each), or taken from `given.early` when read from the very bytes now in the file: returned
 * by document, for the bundle to be compared with.
 */
async function verifyEachPdf(
  read: Read,
  titles: Titles,
  given: ReadAlready,
): Promise<{ mismatches: Mismatch[]; pages: Map<DocumentKey, string[]> }> {
  const mismatches: Mismatch[] = [];
  const pages = new Map<DocumentKey, string[]>();
  const found = (Object.keys(PDF_FILES) as DocumentKey[])
    .map((key) => ({ key, pdf: read(PDF_FILES[key]) }))
    .filter((f): f is { key: DocumentKey; pdf: Buffer } => f.pdf !== null);
  if (found.length === 0) return { mismatches, pages };
  const keys = found.map((f) => f.key);
  const pdfs = found.map((f) => f.pdf);
  const sources = given.sources ?? pdfSources(read);
  const texts = await Promise.all(pdfs.map((pdf, i) => pagesOf(PDF_FILES[keys[i]!], pdf, given)));
  for (const [i, key] of keys.entries()) {
    pages.set(key, texts[i]!);
    const source = sources.get(key);
    if (source)
      mismatches.push(
        ...(await checkDocumentPdf(
          PDF_FILES[key],
          pdfs[i]!,
          texts[i]!,
          source,
          titles[key],
          isWorkbook(key),
        )),
      );
  }
  return { mismatches, pages };
}

/**
 * The bundle against its parts: as many pages as the parts together, one bookmark per part
 * with its title opening the part's first page, and each of its pages showing the same text
 * as the page of the part it was copied from. The parts themselves were read word for word
 * against their Word files, so the bundle's text need not be compared with them again. Its
 * text is `given.early`'s when read from these very bytes (the build reads it while
 * LibreOffice converts the workbooks).
 */
async function verifyBundle(
  bundle: Buffer,
  partPages: ReadonlyMap<DocumentKey, readonly string[]>,
  titles: Titles,
  given: ReadAlready,
): Promise<Mismatch[]> {
  const file = BUNDLE_FILE;
  const parts = [];
  let start = 0;
  for (const key of BUNDLE_ORDER) {
    const pages = partPages.get(key);
    if (!pages) continue;
    parts.push({ key, start, pages });
    start += pages.length;
  }
  const doc = await pdfLib().PDFDocument.load(bundle, { updateMetadata: false });
  const out: Mismatch[] = [];
  if (doc.getPageCount() !== start)
    out.push({
      kind: 'pdf',
      file,
      at: { detail: 'số trang' },
      expected: String(start),
      found: String(doc.getPageCount()),
    });
  out.push(
    ...outlineChecks(
      file,
      doc,
      parts.map((p) => ({ title: titles[p.key], start: p.start })),
    ),
  );
  const text = await pagesOf(file, bundle, given);
  for (const p of parts) {
    const differ = p.pages
      .map((page, i) => (text[p.start + i] === page ? null : p.start + i + 1))
      .filter((n) => n !== null);
    if (differ.length > 0)
      out.push({
        kind: 'pdf',
        file,
        at: {
          detail: `trang ${p.start + 1}–${p.start + p.pages.length} (${PACKAGE_FILES[p.key]})`,
        },
        expected: `chữ như ${PDF_FILES[p.key]}`,
        found: `trang ${differ.join(', ')} khác`,
      });
  }
  return out;
}

/**
 * Reads the PDFs of a package back (when it has them): each PDF shows every word of the file
 * it was made from as often as that file prints it, so no figure, name or diacritic was lost
 * in LibreOffice, and the bundle is its parts, in order, bookmarked.
 */
export async function verifyPackagePdfs(
  read: Read,
  titles: Titles,
  given: ReadAlready = {},
): Promise<Mismatch[]> {
  const { mismatches, pages } = await verifyEachPdf(read, titles, given);
  const bundle = read(BUNDLE_FILE);
  if (bundle) mismatches.push(...(await verifyBundle(bundle, pages, titles, given)));
  return mismatches;
}
