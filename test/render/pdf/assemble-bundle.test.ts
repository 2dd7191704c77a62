// The bundle's assembly on small PDFs made here, so it runs without LibreOffice.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { assembleBundle, type BundleInfo } from '../../../src/render/pdf/assemble-bundle';
import { readOutline } from '../../../src/verify/pdf-outline';

/** A PDF of `pages` pages whose page 1 links to its last page, as a footnote number does. */
async function samplePdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawText(`page ${i + 1}`);
  const last = doc.getPage(pages - 1).ref;
  const link = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [10, 10, 20, 20],
    Dest: [last, 'XYZ', 0, 0, 0],
  });
  doc.getPage(0).node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(link)]));
  return doc.save();
}

const INFO: BundleInfo = {
  title: 'Báo cáo công tác kiểm soát thủ tục hành chính Quý I năm 2026',
  author: 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
  subject: 'Báo cáo; Phụ lục',
  keywords: ['tỉnh Lào Cai', 'Quý I năm 2026'],
  date: new Date(Date.UTC(2026, 2, 16)),
};

const parts = async () => [
  { title: 'Báo cáo Quý I năm 2026', pdf: await samplePdf(2) },
  { title: 'Phụ lục: Xã Tằng Loỏng, Nghĩa Tâm, Ngũ Chỉ Sơn', pdf: await samplePdf(3) },
];

/** The page index that the link of page `at` leads to. */
function linkTarget(doc: PDFDocument, at: number): number {
  const annots = doc.getPage(at).node.lookup(PDFName.of('Annots'), PDFArray);
  const dest = annots.lookup(0, PDFDict).lookup(PDFName.of('Dest'), PDFArray).get(0);
  const refs = doc.getPages().map((p) => p.ref.toString());
  return dest instanceof PDFRef ? refs.indexOf(dest.toString()) : -1;
}

test('the bundle has every page in order, one bookmark per part at its first page', async () => {
  const doc = await PDFDocument.load(await assembleBundle(await parts(), INFO));
  expect(doc.getPageCount()).toBe(5);
  expect(readOutline(doc)).toEqual([
    { title: 'Báo cáo Quý I năm 2026', page: 0 },
    { title: 'Phụ lục: Xã Tằng Loỏng, Nghĩa Tâm, Ngũ Chỉ Sơn', page: 2 },
  ]);
  expect(doc.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
});

test('links keep leading to their page inside the bundle (a footnote number to its note)', async () => {
  const doc = await PDFDocument.load(await assembleBundle(await parts(), INFO));
  expect(linkTarget(doc, 0)).toBe(1);
  expect(linkTarget(doc, 2)).toBe(4);
});

test('the metadata is the one given, dated on the report date, made by tthc', async () => {
  const doc = await PDFDocument.load(await assembleBundle(await parts(), INFO), {
    updateMetadata: false,
  });
  expect(doc.getTitle()).toBe('Báo cáo công tác kiểm soát thủ tục hành chính Quý I năm 2026');
  expect(doc.getAuthor()).toBe('ỦY BAN NHÂN DÂN TỈNH LÀO CAI');
  expect(doc.getSubject()).toBe('Báo cáo; Phụ lục');
  expect(doc.getKeywords()).toBe('tỉnh Lào Cai; Quý I năm 2026');
  expect(doc.getCreationDate()?.toISOString()).toBe('2026-03-16T00:00:00.000Z');
  expect(doc.getModificationDate()?.toISOString()).toBe('2026-03-16T00:00:00.000Z');
  expect([doc.getCreator(), doc.getProducer()]).toEqual(['tthc', 'tthc']);
});

test('the same parts give the same bytes on any day', async () => {
  const a = await assembleBundle(await parts(), INFO);
  const b = await assembleBundle(await parts(), INFO);
  expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
});
