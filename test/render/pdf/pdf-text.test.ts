// The word-for-word read-back of a PDF: the words a Word file prints, counted, against the
// words pdftotext reads, on texts written by hand (no LibreOffice needed).
import PizZip from 'pizzip';
import { docxTableWords, docxWords } from '../../../src/verify/document-words';
import { missingWords, printedWords } from '../../../src/verify/pdf-text';
import { SAMPLE_Q1 } from '../../helpers/load-sample';
import { sampleReport } from '../../helpers/sample-report';

const words = (text: string) => text.split(/\s+/).filter(Boolean);
/** The source's words against a PDF's text of one unnumbered page. */
const missing = (source: string, pdf: string) => missingWords(words(source), words(pdf));

describe('a figure lost or changed in the PDF is caught, though it stands elsewhere too', () => {
  const source = 'Sở Tư pháp 12 9 0 12 Sở Y tế 12 3 9 0 Tổng số 36 15 18 0';

  test('the same text passes', () => {
    expect(missing(source, source)).toEqual([]);
  });

  test('one of three "12" lost', () => {
    const lost = source.replace('Sở Y tế 12', 'Sở Y tế');
    expect(missing(source, lost)).toEqual([{ word: '12', expected: 3, found: 2 }]);
  });

  test('"12" printed as "125", or as "1 2"', () => {
    expect(missing(source, source.replace('tế 12', 'tế 125'))).toEqual([
      { word: '12', expected: 3, found: 2 },
    ]);
    expect(missing(source, source.replace('tế 12', 'tế 1 2'))).toEqual([
      { word: '12', expected: 3, found: 2 },
    ]);
  });

  test('a changed figure: the one of the source is missing', () => {
    expect(missing(source, source.replace('36', '37'))).toEqual([
      { word: '36', expected: 1, found: 0 },
    ]);
  });

  test('a unit name without its diacritics', () => {
    expect(missing('Xã Tằng Loỏng', 'Xã Tang Loong')).toEqual([
      { word: 'Tằng', expected: 1, found: 0 },
      { word: 'Loỏng', expected: 1, found: 0 },
    ]);
  });
});

describe('how LibreOffice and pdftotext print a text is not a mismatch', () => {
  test('a line broken at the hyphen of "NĐ-CP", which pdftotext joins without it', () => {
    expect(
      missing(
        'Nghị định số 297/2025/NĐ-CP ngày 17/11/2025',
        'Nghị định số 297/2025/NĐCP ngày 17/11/2025',
      ),
    ).toEqual([]);
    expect(missing('giai đoạn 2022-2025, tầm nhìn', 'giai đoạn 20222025, tầm nhìn')).toEqual([]);
  });

  test('ligatures, non-breaking spaces and decomposed letters', () => {
    expect(missing('office Lào\u00a0Cai', 'o\ufb03ce Lào Cai')).toEqual([]);
    expect(missing('Tằng Loỏng', 'Tằng Loỏng'.normalize('NFD'))).toEqual([]);
  });

  test('a footnote number or an arrow run together with the word before it', () => {
    expect(missing('văn bản 2 chỉ đạo; bộ 3, và', 'văn bản2 chỉ đạo; bộ3, và')).toEqual([]);
    expect(missing('↓ 2 ↑ 1,26', '↓2 ↑1,26')).toEqual([]);
  });

  test('but a figure is never cut in two to find a word', () => {
    // "125" is not "12" and "5", "1.008" is not "1." and "008".
    expect(missing('12 5', '125')).toHaveLength(2);
    expect(missing('1. 008', '1.008')).toHaveLength(2);
  });

  test('words the PDF prints more often than the source (repeated headings) are allowed', () => {
    expect(missing('STT Tên 1 Sở Y tế', 'STT Tên 1 Sở Y tế STT Tên')).toEqual([]);
  });
});

describe('page numbers', () => {
  const pages = ['Kế hoạch 1 và\n', '2\nTổng số 2 hồ sơ\n', '3\nNơi nhận\n'];

  test("a numbered document's page number at the top of pages 2 on is not a word of it", () => {
    expect(printedWords(pages, true)).toEqual(words('Kế hoạch 1 và Tổng số 2 hồ sơ Nơi nhận'));
    expect(printedWords(pages, false)).toEqual(words('Kế hoạch 1 và 2 Tổng số 2 hồ sơ 3 Nơi nhận'));
  });

  test('a word broken after its hyphen at the foot of a page is one word with its second half', () => {
    // Hà Nội Quý IV (issue 16): "giai đoạn 2022-" ends page 8, "2025, tầm nhìn" begins page 9.
    const broken = ['giai đoạn 2022-\n', '2\n2025, tầm nhìn\n'];
    expect(printedWords(broken, true)).toEqual(words('giai đoạn 2022-2025, tầm nhìn'));
    expect(
      missingWords(words('giai đoạn 2022-2025, tầm nhìn'), printedWords(broken, true)),
    ).toEqual([]);
    // A dash standing alone at the foot of a page is not half of a word.
    expect(printedWords(['Nơi nhận: -\n', '2\nLưu\n'], true)).toEqual(words('Nơi nhận: - Lưu'));
  });

  test('so a figure equal to the page number it sits on cannot hide behind it', () => {
    const lost = ['Kế hoạch 1 và\n', '2\nTổng số hồ sơ\n', '3\nNơi nhận\n'];
    const source = words('Kế hoạch 1 và Tổng số 2 hồ sơ Nơi nhận');
    expect(missingWords(source, printedWords(pages, true))).toEqual([]);
    expect(missingWords(source, printedWords(lost, true))).toEqual([
      { word: '2', expected: 1, found: 0 },
    ]);
  });
});

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A Word file with footnote ids 7 and 3, cited in that order, and a page number in a header. */
function withFootnotes(header: boolean): Buffer {
  const zip = new PizZip();
  const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
  const ref = (id: number) => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;
  zip.file(
    'word/document.xml',
    `<w:document ${W_NS}><w:body><w:p>${run('ban hành 03 Kế hoạch')}${ref(7)}${run(' và văn bản')}${ref(3)}${run(',')}</w:p>` +
      `<w:tbl><w:tr><w:tc><w:p>${run('Sở Y tế')}</w:p></w:tc><w:tc><w:p>${run('12')}</w:p></w:tc></w:tr></w:tbl></w:body></w:document>`,
  );
  // The footnotes part is found as Word finds it, through the document's relationships.
  zip.file(
    'word/_rels/document.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>' +
      '</Relationships>',
  );
  zip.file(
    'word/footnotes.xml',
    `<w:footnotes ${W_NS}><w:footnote w:id="3"><w:p>${run('Văn bản số 655/UBND-HCC.')}</w:p></w:footnote>` +
      `<w:footnote w:id="7"><w:p>${run('Kế hoạch số 25/KH-UBND.')}</w:p></w:footnote>` +
      `<w:footnote w:id="9"><w:p>${run('Không được trích.')}</w:p></w:footnote></w:footnotes>`,
  );
  if (header)
    zip.file(
      'word/header2.xml',
      `<w:hdr ${W_NS}><w:p><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r></w:p></w:hdr>`,
    );
  return zip.generate({ type: 'nodebuffer' });
}

describe('the words a Word file prints', () => {
  test('footnotes print as their number in order of citation, each note led by its number', () => {
    const printed = docxWords(withFootnotes(true));
    expect(printed.words).toEqual(
      words(
        'ban hành 03 Kế hoạch 1 và văn bản 2, Sở Y tế 12 1 Kế hoạch số 25/KH-UBND. 2 Văn bản số 655/UBND-HCC.',
      ),
    );
    expect(printed.numberedPages).toBe(true);
    expect(docxWords(withFootnotes(false)).numberedPages).toBe(false);
  });

  test("a workbook shows the tables' words and numbers no page", () => {
    expect(docxTableWords(withFootnotes(true))).toEqual({
      words: ['Sở', 'Y', 'tế', '12'],
      numberedPages: false,
    });
  });

  test('a figure printed several times in the report is counted each time', async () => {
    const { bytes } = await sampleReport(SAMPLE_Q1);
    const all = docxWords(bytes!).words;
    // The TTHC under local authority, in section I.3 and again in section II.
    expect(all.filter((w) => w === '2.138')).toHaveLength(2);
    // Footnote 1 of the report follows "03 Kế hoạch" and leads its note.
    const at = all.indexOf('hoạch');
    expect(all.slice(at - 2, at + 2)).toEqual(['03', 'Kế', 'hoạch', '1']);
  });
});
