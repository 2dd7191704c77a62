import type { PDFDocument } from 'pdf-lib';
import { pdfLib } from '../render/pdf/pdf-lib';
import {
  BUNDLE_FILE,
  BUNDLE_ORDER,
  PDF_FILES,
  TABLES_OF,
  type DocumentKey,
} from '../render/pdf/package-pdfs';
import { PACKAGE_FILES } from '../render/write-package';
import { docxTableWords, docxWords } from './document-words';
import type { Mismatch } from './mismatch';
import { readOutline } from './pdf-outline';
import { missingWords, pdfText } from './pdf-text';

type Read = (name: string) => Buffer | null;
type Titles = Readonly<Record<DocumentKey, string>>;

// A font without Vietnamese letters loses words by the hundred: a few examples say enough.
const SHOWN = 5;

function wordChecks(
  file: string,
  place: string,
  words: readonly string[],
  text: string,
): Mismatch[] {
  const missing = missingWords(words, text);
  const out: Mismatch[] = missing
    .slice(0, SHOWN)
    .map((w) => ({ file, place, expected: `từ "${w}"`, found: 'không thấy' }));
  if (missing.length > SHOWN)
    out.push({
      file,
      place,
      expected: `thêm ${missing.length - SHOWN} từ khác`,
      found: 'không thấy',
    });
  return out;
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
        : [{ file, place: `mục lục, mục ${i + 1}`, expected: w, found: got[i] ?? 'không có' }],
    );
  if (got.length > want.length)
    out.push({
      file,
      place: 'mục lục',
      expected: `${want.length} mục`,
      found: `${got.length} mục`,
    });
  return out;
}

/** The words a document's PDF must show: a Word file's own, a workbook's Word twin's tables. */
function wordsOf(key: DocumentKey, read: Read): string[] | null {
  if (key === 'forms' || key === 'rankingWorkbook' || key === 'complianceWorkbook') {
    const twin = read(PACKAGE_FILES[TABLES_OF[key]]);
    return twin ? docxTableWords(twin) : null;
  }
  const docx = read(PACKAGE_FILES[key]);
  return docx ? docxWords(docx) : null;
}

/**
 * One PDF beside its source: every word of `words` shows, no cell shows "###", and its one
 * bookmark carries the document's title.
 */
export async function verifyDocumentPdf(
  file: string,
  pdf: Uint8Array,
  words: readonly string[],
  title: string,
): Promise<Mismatch[]> {
  const text = pdfText(pdf);
  const out = wordChecks(file, 'chữ trên trang', words, text);
  // LibreOffice Calc fills a cell too narrow for its figure with "###".
  if (text.includes('###')) out.push({ file, place: 'ô bảng tính', expected: 'số', found: '###' });
  const doc = await pdfLib().PDFDocument.load(pdf, { updateMetadata: false });
  return [...out, ...outlineChecks(file, doc, [{ title, start: 0 }])];
}

async function verifyEachPdf(read: Read, titles: Titles): Promise<Mismatch[]> {
  const out: Mismatch[] = [];
  for (const key of Object.keys(PDF_FILES) as DocumentKey[]) {
    const pdf = read(PDF_FILES[key]);
    const words = pdf && wordsOf(key, read);
    if (pdf && words)
      out.push(...(await verifyDocumentPdf(PDF_FILES[key], pdf, words, titles[key])));
  }
  return out;
}

/**
 * The bundle against its parts: as many pages as the parts together, one bookmark per part
 * with its title opening the part's first page, and each part's page range showing every word
 * of its Word file.
 */
async function verifyBundle(bundle: Buffer, read: Read, titles: Titles): Promise<Mismatch[]> {
  const file = BUNDLE_FILE;
  const parts = [];
  let start = 0;
  for (const key of BUNDLE_ORDER) {
    const pdf = read(PDF_FILES[key]);
    if (!pdf) continue;
    const pages = (await pdfLib().PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
    parts.push({ key, start, pages });
    start += pages;
  }
  const doc = await pdfLib().PDFDocument.load(bundle, { updateMetadata: false });
  const out: Mismatch[] = [];
  if (doc.getPageCount() !== start)
    out.push({
      file,
      place: 'số trang',
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
  for (const p of parts) {
    const words = wordsOf(p.key, read) ?? [];
    const text = pdfText(bundle, p.start + 1, p.start + p.pages);
    const place = `trang ${p.start + 1}–${p.start + p.pages} (${PACKAGE_FILES[p.key]})`;
    out.push(...wordChecks(file, place, words, text));
  }
  return out;
}

/**
 * Reads the PDFs of a package back (when it has them): each PDF shows every word of the file
 * it was made from, so no figure, name or diacritic was lost in LibreOffice, and the bundle is
 * its parts, in order, bookmarked.
 */
export async function verifyPackagePdfs(read: Read, titles: Titles): Promise<Mismatch[]> {
  const out = await verifyEachPdf(read, titles);
  const bundle = read(BUNDLE_FILE);
  if (bundle) out.push(...(await verifyBundle(bundle, read, titles)));
  return out;
}
