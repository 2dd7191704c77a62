import type { PDFArray, PDFDict, PDFPage } from 'pdf-lib';
import { pdfLib } from '../../tools/pdf-lib';

/** The destination array of a link annotation: /Dest, or /D of a GoTo action. */
function destOf(annot: PDFDict): PDFArray | undefined {
  const { PDFArray, PDFDict, PDFName } = pdfLib();
  return (
    annot.lookupMaybe(PDFName.of('Dest'), PDFArray) ??
    annot.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('D'), PDFArray)
  );
}

function eachDest(pages: readonly PDFPage[], visit: (dest: PDFArray) => void): void {
  const { PDFArray, PDFDict, PDFName } = pdfLib();
  for (const page of pages) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots!.lookupMaybe(i, PDFDict);
      const dest = annot && destOf(annot);
      if (dest && dest.size() > 0) visit(dest);
    }
  }
}

/**
 * Internal links (a footnote number and its note) name their target page by reference. Copying
 * pages into another document would copy the target as a loose page outside the page tree, and
 * the link would lead nowhere; so before the copy each target becomes its page number...
 */
export function linksToNumbers(pages: readonly PDFPage[]): void {
  const { PDFNumber, PDFRef } = pdfLib();
  const index = new Map(pages.map((p, i) => [p.ref.toString(), i]));
  eachDest(pages, (dest) => {
    const target = dest.get(0);
    const at = target instanceof PDFRef ? index.get(target.toString()) : undefined;
    if (at !== undefined) dest.set(0, PDFNumber.of(at));
  });
}

/** ...and after it, the copied page with that number. */
export function numbersToLinks(pages: readonly PDFPage[]): void {
  const { PDFNumber } = pdfLib();
  eachDest(pages, (dest) => {
    const target = dest.get(0);
    const page = target instanceof PDFNumber ? pages[target.asNumber()] : undefined;
    if (page) dest.set(0, page.ref);
  });
}
