import { PACKAGE_FILES, PDF_FILES, TABLES_OF, type DocumentKey } from '../contract/package-files';
import { docxTableWords, docxWords, type PrintedWords } from './document-words';
import { pdfPagesAsync } from './pdf-text';

type Read = (name: string) => Buffer | null;

/** A document whose PDF is made from a workbook. */
export const isWorkbook = (key: DocumentKey): key is keyof typeof TABLES_OF => key in TABLES_OF;

/** The words a document's PDF must show: a Word file's own, a workbook's Word twin's tables. */
function sourceOf(key: DocumentKey, read: Read): PrintedWords | null {
  if (isWorkbook(key)) {
    const twin = read(PACKAGE_FILES[TABLES_OF[key]]);
    return twin ? docxTableWords(twin) : null;
  }
  const docx = read(PACKAGE_FILES[key]);
  return docx ? docxWords(docx) : null;
}

/** The words each PDF of a package must show, from the files they are made from (by document). */
export type PdfSources = ReadonlyMap<DocumentKey, PrintedWords>;

/**
 * The words of every Word and Excel file of the package that has a PDF (`PDF_FILES`): read from
 * those files alone, so a build reads them while LibreOffice converts.
 */
export function pdfSources(read: Read): PdfSources {
  const sources = new Map<DocumentKey, PrintedWords>();
  for (const key of Object.keys(PDF_FILES) as DocumentKey[]) {
    const source = sourceOf(key, read);
    if (source) sources.set(key, source);
  }
  return sources;
}

/** The pages of a PDF, read by pdftotext as soon as it was written, and the bytes it read. */
export interface EarlyText {
  readonly pdf: Uint8Array;
  readonly pages: Promise<string[]>;
}

/** Starts reading the text of `pdf` (a pdftotext of its own) without waiting for it. */
export function readEarly(pdf: Uint8Array): EarlyText {
  const pages = pdfPagesAsync(pdf);
  // Awaited (and its failure thrown) only when verified: not an unhandled rejection meanwhile.
  pages.catch(() => undefined);
  return { pdf, pages };
}

/** What a build read while LibreOffice converted: the sources' words, the PDFs' text. */
export interface ReadAlready {
  readonly sources?: PdfSources;
  /** By PDF file name: the documents' and the bundle's. */
  readonly early?: ReadonlyMap<string, EarlyText>;
}
