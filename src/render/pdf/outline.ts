import type { PDFDocument, PDFRef } from 'pdf-lib';
import { pdfLib } from '../../tools/pdf-lib';

/** A bookmark: its title and the page it opens. */
export interface OutlineEntry {
  readonly title: string;
  readonly page: PDFRef;
}

/**
 * Gives `doc` a flat outline (the bookmarks panel), one entry per document, and asks viewers to
 * open with the panel shown. pdf-lib has no outline API, so the dictionaries of ISO 32000-1
 * §12.3.3 are written by hand: the root /Outlines with /First, /Last, /Count, and items linked
 * by /Parent, /Prev, /Next, each with a /Title (UTF-16, for Vietnamese) and a /Dest.
 */
export function addOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const { PDFHexString, PDFName } = pdfLib();
  const ctx = doc.context;
  const root = ctx.nextRef();
  const refs = entries.map(() => ctx.nextRef());
  entries.forEach((e, i) => {
    const item = ctx.obj({ Parent: root, Dest: [e.page, 'Fit'] });
    item.set(PDFName.of('Title'), PDFHexString.fromText(e.title));
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    ctx.assign(refs[i]!, item);
  });
  ctx.assign(
    root,
    ctx.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: refs.length }),
  );
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
