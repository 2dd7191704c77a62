// One PDF read back against its source (verifyDocumentPdf), on small PDFs drawn with pdf-lib
// and read with poppler's pdftotext: the "###" of a workbook cell too narrow for its figure.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { assembleBundle } from '../../../src/render/pdf/assemble-bundle';
import { verifyDocumentPdf } from '../../../src/verify/package-pdfs';
import { sofficeTest } from '../../helpers/soffice';

const maybe = sofficeTest('đọc lại tệp PDF (pdftotext)');
const TITLE = 'Phu luc (bang tinh)';

/** A one-page PDF showing `lines`, with the one bookmark the package's PDFs have. */
async function pdfOf(...lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage();
  lines.forEach((line, i) => page.drawText(line, { x: 50, y: 700 - 20 * i, size: 12, font }));
  const info = { title: TITLE, author: 'UBND', subject: TITLE, keywords: [], date: new Date(0) };
  return assembleBundle([{ title: TITLE, pdf: await doc.save() }], info);
}

const source = (text: string) => ({ words: text.split(' '), numberedPages: false });

maybe('a workbook cell showing "###" where the source has a figure is caught', async () => {
  const pdf = await pdfOf('So Y te 176.319', 'So Tu phap ###');
  expect(
    await verifyDocumentPdf(
      'bieu-mau.pdf',
      pdf,
      source('So Y te 176.319 So Tu phap 9.315'),
      TITLE,
      true,
    ),
  ).toEqual([
    {
      kind: 'pdf',
      file: 'bieu-mau.pdf',
      at: { detail: 'chữ trên trang' },
      expected: 'từ "9.315"',
      found: 'không thấy',
    },
    {
      kind: 'pdf',
      file: 'bieu-mau.pdf',
      at: { detail: 'ô bảng tính' },
      expected: 'số',
      found: '###',
    },
  ]);
});

maybe('"###" the data itself holds is not an overflow', async () => {
  // A unit named "So Tu phap ###": the workbook shows it as the data writes it.
  const pdf = await pdfOf('So Y te 176.319', 'So Tu phap ### 9.315');
  const words = source('So Y te 176.319 So Tu phap ### 9.315');
  expect(await verifyDocumentPdf('bieu-mau.pdf', pdf, words, TITLE, true)).toEqual([]);
  // One more "###" than the data has is a cell too narrow again.
  const more = await pdfOf('So Y te ###', 'So Tu phap ### 9.315');
  expect(await verifyDocumentPdf('bieu-mau.pdf', more, words, TITLE, true)).toContainEqual({
    file: 'bieu-mau.pdf',
    kind: 'pdf',
    at: { detail: 'ô bảng tính' },
    expected: 'số',
    found: '###',
  });
});

maybe('a Word file\'s PDF is not checked for "###": Writer has no such cells', async () => {
  const pdf = await pdfOf('Ve du an ### cua tinh');
  const words = source('Ve du an ### cua tinh');
  expect(await verifyDocumentPdf('bao-cao.pdf', pdf, words, TITLE)).toEqual([]);
});
