import { pdfLib } from '../../tools/pdf-lib';
import { linksToNumbers, numbersToLinks } from './keep-links';
import { addOutline } from './outline';

/** One document of a bundle: its PDF and the title of its bookmark. */
export interface BundlePart {
  readonly title: string;
  readonly pdf: Uint8Array;
}

/** The document information of a bundle. */
export interface BundleInfo {
  readonly title: string;
  /** The issuing body. */
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** The report's date, so that the same data gives the same metadata on any day. */
  readonly date: Date;
}

/** Written as creator and producer of every PDF the tool assembles. */
export const PDF_CREATOR = 'tthc';

/**
 * Puts the parts' pages one after another into a new PDF, each part keeping its own page
 * numbers as printed, with one bookmark per part and the metadata of `info`. pdf-lib's own
 * time stamps and producer are switched off so that only `info` decides the metadata.
 */
export async function assembleBundle(
  parts: readonly BundlePart[],
  info: BundleInfo,
): Promise<Uint8Array> {
  const { PDFDocument } = pdfLib();
  const doc = await PDFDocument.create({ updateMetadata: false });
  const entries = [];
  for (const part of parts) {
    const src = await PDFDocument.load(part.pdf, { updateMetadata: false });
    linksToNumbers(src.getPages());
    const pages = await doc.copyPages(src, src.getPageIndices());
    numbersToLinks(pages);
    pages.forEach((p) => doc.addPage(p));
    if (pages[0]) entries.push({ title: part.title, page: pages[0].ref });
  }
  addOutline(doc, entries);
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  // pdf-lib joins keywords with spaces, which runs "tỉnh Lào Cai" into "Quý I năm 2026".
  doc.setKeywords([info.keywords.join('; ')]);
  doc.setLanguage('vi-VN');
  doc.setCreator(PDF_CREATOR);
  doc.setProducer(PDF_CREATOR);
  doc.setCreationDate(info.date);
  doc.setModificationDate(info.date);
  return doc.save();
}
