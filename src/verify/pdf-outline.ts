import type { PDFDocument } from 'pdf-lib';
import { pdfLib } from '../tools/pdf-lib';

/** A top-level bookmark as a viewer shows it: its title and the 0-based page it opens. */
export interface ReadOutlineEntry {
  readonly title: string;
  readonly page: number;
}

/** Reads the top-level bookmarks of a PDF back, following /First and /Next. */
export function readOutline(doc: PDFDocument): ReadOutlineEntry[] {
  const { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString } = pdfLib();
  const pages = doc.getPages().map((p) => p.ref.toString());
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const out: ReadOutlineEntry[] = [];
  const seen = new Set<string>();
  let ref = root?.get(PDFName.of('First'));
  while (ref instanceof PDFRef && !seen.has(ref.toString())) {
    seen.add(ref.toString());
    const item = doc.context.lookup(ref, PDFDict);
    const title = item.lookup(PDFName.of('Title'));
    const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray)?.get(0);
    out.push({
      title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '',
      page: dest instanceof PDFRef ? pages.indexOf(dest.toString()) : -1,
    });
    ref = item.get(PDFName.of('Next'));
  }
  return out;
}
