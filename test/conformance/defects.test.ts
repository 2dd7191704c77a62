// The checker on documents broken on purpose: copies of generated documents, each with one
// defect made by editing its XML, must each give exactly the expected code, with the message
// naming what is wrong. Expected codes and message fragments are typed from REFERENCE §5.
import PizZip from 'pizzip';
import { checkFormat } from '../../src/conformance/check-format';
import type { IssueCode } from '../../src/issues/messages';
import { docxBytes, docxZip } from '../../src/render/docx/package';
import { paragraph } from '../../src/render/docx/paragraph';
import { run } from '../../src/render/docx/run';
import { generatedDocuments } from '../helpers/generated-documents';

const REPORT = 'lao-cai-2026-q1/bao-cao.docx'; // a draft: "Số:      /BC-UBND"
const ISSUED = 'lai-chau-2026-h1/bao-cao.docx'; // "Số: 187/BC-UBND", "ngày 16 tháng 6 năm 2026"
const ANNEX = 'lao-cai-2026-q1/phu-luc-bieu-mau.docx';
const ISSUED_ANNEX = 'lai-chau-2026-h1/phu-luc-bieu-mau.docx';
const RANKING = 'lao-cai-766-2025-08/xep-hang-766.docx';
const LETTER = 'cong-van/004-thuc-day-dvc-truc-tuyen.docx';

const DOC = 'word/document.xml';
const STYLES = 'word/styles.xml';
const PAGE_HEADER = 'word/header1.xml';
const FIRST_HEADER = 'word/header2.xml';

interface Defect {
  readonly what: string;
  readonly doc: string;
  readonly part: string;
  readonly from: string | RegExp;
  readonly to: string;
  readonly code: IssueCode;
  /** Words the message must carry. */
  readonly says: readonly string[];
}

const unbold = (text: string, size: number): [string, string] => [
  `<w:b/><w:bCs/><w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/></w:rPr><w:t xml:space="preserve">${text}`,
  `<w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/></w:rPr><w:t xml:space="preserve">${text}`,
];
/** The whole paragraph holding `text`. */
const paragraphWith = (text: string) =>
  new RegExp(
    `<w:p>(?:(?!<w:p>)[\\s\\S])*?>${text.replace(/[/()]/g, '\\$&')}[^<]*</w:t>(?:<w:br/><w:t[^>]*>[^<]*</w:t>)*</w:r></w:p>`,
  );
/** The bottom border of the paragraph indented `twips` on each side (the short rules). */
const ruleOf = (twips: number, before = '') =>
  new RegExp(`<w:pBdr><w:bottom [^>]*/></w:pBdr>(${before}<w:ind w:left="${twips}")`);

const PAGE_FIELD =
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';

const DEFECTS: readonly Defect[] = [
  // Page
  {
    what: 'Letter paper instead of A4',
    doc: REPORT,
    part: DOC,
    from: '<w:pgSz w:w="11906" w:h="16838"/>',
    to: '<w:pgSz w:w="12240" w:h="15840"/>',
    code: 'FORMAT_PAPER_SIZE',
    says: ['215,9 × 279,4'],
  },
  {
    what: 'a landscape annex that does not declare landscape',
    doc: ANNEX,
    part: DOC,
    from: '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
    to: '<w:pgSz w:w="16838" w:h="11906"/>',
    code: 'FORMAT_ORIENTATION',
    says: ['portrait', '297 × 210'],
  },
  {
    what: 'an annex declared landscape on a portrait page',
    doc: RANKING,
    part: DOC,
    from: '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
    to: '<w:pgSz w:w="11906" w:h="16838" w:orient="landscape"/>',
    code: 'FORMAT_ORIENTATION',
    says: ['landscape', '210 × 297'],
  },
  {
    what: 'a report laid out in landscape',
    doc: REPORT,
    part: DOC,
    from: '<w:pgSz w:w="11906" w:h="16838"/>',
    to: '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
    code: 'FORMAT_ORIENTATION',
    says: ['chiều dọc'],
  },
  {
    what: 'a left margin of 20 mm',
    doc: REPORT,
    part: DOC,
    from: 'w:bottom="1134" w:left="1701"',
    to: 'w:bottom="1134" w:left="1134"',
    code: 'FORMAT_MARGIN',
    says: ['Lề trái 20 mm', '30 đến 35'],
  },
  {
    what: 'an annex with a top margin of 10 mm',
    doc: ANNEX,
    part: DOC,
    from: '<w:pgMar w:top="1134"',
    to: '<w:pgMar w:top="567"',
    code: 'FORMAT_MARGIN',
    says: ['Lề trên 10 mm', '20 đến 25'],
  },
  // Fonts
  {
    what: 'Arial throughout',
    doc: REPORT,
    part: STYLES,
    from: /Times New Roman/g,
    to: 'Arial',
    code: 'FORMAT_FONT',
    says: ['"Arial"', 'Times New Roman'],
  },
  {
    what: 'no font declared anywhere',
    doc: REPORT,
    part: STYLES,
    from: /<w:rFonts [^>]*\/>/g,
    to: '',
    code: 'FORMAT_FONT',
    says: ['(không khai báo)'],
  },
  {
    what: 'two fonts other than Times New Roman in one paragraph, each reported',
    doc: REPORT,
    part: DOC,
    from: '<w:p><w:r><w:t xml:space="preserve">Thực hiện các văn bản',
    to: '<w:p><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr><w:t xml:space="preserve">Căn cứ </w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/></w:rPr><w:t xml:space="preserve">Thực hiện các văn bản',
    code: 'FORMAT_FONT',
    says: ['"Arial"', '"Calibri"'],
  },
  {
    what: 'red text',
    doc: LETTER,
    part: STYLES,
    from: '<w:lang w:val="vi-VN"/></w:rPr></w:style>',
    to: '<w:color w:val="FF0000"/><w:lang w:val="vi-VN"/></w:rPr></w:style>',
    code: 'FORMAT_FONT_COLOR',
    says: ['#FF0000', 'đen'],
  },
  {
    what: 'body text in 12 pt',
    doc: REPORT,
    part: DOC,
    from: /<w:p><w:r><w:t xml:space="preserve">/g,
    to: '<w:p><w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">',
    code: 'FORMAT_BODY_SIZE',
    says: ['12 pt', 'Thực hiện các văn bản', '13–14'],
  },
  // Page numbers
  {
    what: 'the number shown on the first page (no different first page)',
    doc: REPORT,
    part: DOC,
    from: '<w:titlePg/>',
    to: '',
    code: 'FORMAT_PAGE_NUMBER',
    says: ['trang đầu'],
  },
  {
    what: 'the number in the first-page header',
    doc: LETTER,
    part: FIRST_HEADER,
    from: '<w:pStyle w:val="Header"/></w:pPr></w:p>',
    to: `<w:pStyle w:val="Header"/></w:pPr>${PAGE_FIELD}</w:p>`,
    code: 'FORMAT_PAGE_NUMBER',
    says: ['trang đầu'],
  },
  {
    what: 'no page number',
    doc: LETTER,
    part: PAGE_HEADER,
    from: /<w:r><w:fldChar w:fldCharType="begin"\/>.*<w:fldChar w:fldCharType="end"\/><\/w:r>/,
    to: '',
    code: 'FORMAT_PAGE_NUMBER',
    says: ['PAGE'],
  },
  {
    what: 'the page number at the right',
    doc: LETTER,
    part: PAGE_HEADER,
    from: '<w:pStyle w:val="Header"/></w:pPr>',
    to: '<w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr>',
    code: 'FORMAT_PAGE_NUMBER',
    says: ['căn phải', 'căn giữa'],
  },
  {
    what: 'pages numbered in Roman numerals',
    doc: REPORT,
    part: DOC,
    from: '<w:pgNumType w:start="1"/>',
    to: '<w:pgNumType w:start="1" w:fmt="lowerRoman"/>',
    code: 'FORMAT_PAGE_NUMBER',
    says: ['lowerRoman', 'Ả Rập'],
  },
  // Header
  {
    what: 'Quốc hiệu misspelt',
    doc: LETTER,
    part: DOC,
    from: 'CỘNG HÒA XÃ HỘI',
    to: 'CỘNG HOÀ XÃ HỘI',
    code: 'FORMAT_QUOC_HIEU',
    says: ['CỘNG HOÀ', 'CỘNG HÒA'],
  },
  {
    what: 'Quốc hiệu not bold',
    doc: REPORT,
    part: DOC,
    from: unbold('CỘNG HÒA', 12)[0],
    to: unbold('CỘNG HÒA', 12)[1],
    code: 'FORMAT_QUOC_HIEU',
    says: ['in đậm'],
  },
  {
    what: 'Tiêu ngữ with dashes instead of hyphens',
    doc: REPORT,
    part: DOC,
    from: 'Độc lập - Tự do - Hạnh phúc',
    to: 'Độc lập – Tự do – Hạnh phúc',
    code: 'FORMAT_TIEU_NGU',
    says: ['Độc lập – Tự do', 'Độc lập - Tự do'],
  },
  {
    what: 'Tiêu ngữ without its rule',
    doc: REPORT,
    part: DOC,
    from: ruleOf(1191),
    to: '$1',
    code: 'FORMAT_TIEU_NGU',
    says: ['đường kẻ'],
  },
  {
    what: 'the issuing body not bold',
    doc: LETTER,
    part: DOC,
    from: unbold('TỈNH LÀO CAI', 13)[0],
    to: unbold('TỈNH LÀO CAI', 13)[1],
    code: 'FORMAT_ISSUING_BODY',
    says: ['in đậm'],
  },
  {
    what: 'the issuing body without its rule',
    doc: LETTER,
    part: DOC,
    from: ruleOf(1247),
    to: '$1',
    code: 'FORMAT_ISSUING_BODY',
    says: ['đường kẻ'],
  },
  {
    what: 'a number below 10 without its leading zero',
    doc: ISSUED,
    part: DOC,
    from: 'Số: 187/BC-UBND',
    to: 'Số: 5/BC-UBND',
    code: 'FORMAT_NUMBER_LINE',
    says: ['"05"', '"5"'],
  },
  {
    what: 'a letter number with a leading zero it must not have',
    doc: LETTER,
    part: DOC,
    from: 'Số:      /UBND-HCC',
    to: 'Số: 0862/UBND-HCC',
    code: 'FORMAT_NUMBER_LINE',
    says: ['"862"', '"0862"'],
  },
  {
    what: 'a day below 10 without its zero: "ngày 5 tháng 02"',
    doc: ISSUED,
    part: DOC,
    from: 'ngày 16 tháng 6 năm 2026',
    to: 'ngày 5 tháng 02 năm 2026',
    code: 'FORMAT_PLACE_DATE',
    says: ['"ngày 05"', '"ngày 5"'],
  },
  {
    what: 'February without its zero: "tháng 2"',
    doc: ISSUED,
    part: DOC,
    from: 'ngày 16 tháng 6 năm 2026',
    to: 'ngày 16 tháng 2 năm 2026',
    code: 'FORMAT_PLACE_DATE',
    says: ['"tháng 02"', '"tháng 2"'],
  },
  {
    what: 'March with a zero: "tháng 03" in a draft',
    doc: REPORT,
    part: DOC,
    from: 'ngày      tháng 3 năm 2026',
    to: 'ngày      tháng 03 năm 2026',
    code: 'FORMAT_PLACE_DATE',
    says: ['"tháng 3"', '"tháng 03"'],
  },
  {
    what: 'a day that does not exist',
    doc: ISSUED,
    part: DOC,
    from: 'ngày 16 tháng 6 năm 2026',
    to: 'ngày 31 tháng 6 năm 2026',
    code: 'FORMAT_PLACE_DATE',
    says: ['31/6/2026'],
  },
  {
    what: 'the place without its comma',
    doc: ISSUED,
    part: DOC,
    from: 'Lai Châu, ngày',
    to: 'Lai Châu ngày',
    code: 'FORMAT_PLACE_DATE',
    says: ['Lai Châu ngày 16'],
  },
  {
    what: 'the place and date not in italics',
    doc: ISSUED,
    part: DOC,
    from: '<w:i/><w:iCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">Lai Châu',
    to: '<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">Lai Châu',
    code: 'FORMAT_PLACE_DATE',
    says: ['in nghiêng'],
  },
  // Type name and summary
  {
    what: 'the type name in lower case',
    doc: REPORT,
    part: DOC,
    from: '>BÁO CÁO<',
    to: '>Báo cáo<',
    code: 'FORMAT_TYPE_NAME',
    says: ['"Báo cáo"', '"BÁO CÁO"'],
  },
  {
    what: 'the type name not bold',
    doc: ISSUED,
    part: DOC,
    from: '<w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">BÁO CÁO<',
    to: '</w:rPr><w:t xml:space="preserve">BÁO CÁO<',
    code: 'FORMAT_TYPE_NAME',
    says: ['in đậm'],
  },
  {
    what: 'the summary without its rule',
    doc: REPORT,
    part: DOC,
    from: ruleOf(3402, '<w:spacing w:after="240"/>'),
    to: '$1',
    code: 'FORMAT_SUMMARY',
    says: ['đường kẻ'],
  },
  {
    what: 'a letter without "V/v"',
    doc: LETTER,
    part: DOC,
    from: paragraphWith('V/v '),
    to: '',
    code: 'FORMAT_SUMMARY',
    says: ['không tìm thấy'],
  },
  {
    what: 'the V/v line in 14 pt',
    doc: LETTER,
    part: DOC,
    from: '<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr><w:t xml:space="preserve">V/v',
    to: '<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">V/v',
    code: 'FORMAT_SUMMARY',
    says: ['14 pt', '12–13'],
  },
  // Kính gửi
  {
    what: 'a letter without Kính gửi',
    doc: LETTER,
    part: DOC,
    from: paragraphWith('Kính gửi:'),
    to: '',
    code: 'FORMAT_KINH_GUI',
    says: ['không tìm thấy'],
  },
  {
    what: 'a recipient line without its dash',
    doc: LETTER,
    part: DOC,
    from: '- Các sở, ban, ngành thuộc UBND tỉnh;',
    to: 'Các sở, ban, ngành thuộc UBND tỉnh;',
    code: 'FORMAT_KINH_GUI',
    says: ['Các sở, ban, ngành', '"- "'],
  },
  // Signer
  {
    what: "the signer's name not bold",
    doc: LETTER,
    part: DOC,
    from: '<w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Giàng Quốc Hưng',
    to: '</w:rPr><w:t xml:space="preserve">Giàng Quốc Hưng',
    code: 'FORMAT_SIGNER',
    says: ['in đậm'],
  },
  {
    what: "the signer's title not in capitals",
    doc: REPORT,
    part: DOC,
    from: '>PHÓ CHỦ TỊCH<',
    to: '>Phó Chủ tịch<',
    code: 'FORMAT_SIGNER',
    says: ['in hoa'],
  },
  {
    what: '"KT. CHỦ TỊCH" without the title under it',
    doc: LETTER,
    part: DOC,
    from: paragraphWith('PHÓ CHỦ TỊCH'),
    to: '',
    code: 'FORMAT_SIGNER',
    says: ['KT. CHỦ TỊCH', 'chức vụ'],
  },
  {
    what: 'no room to sign',
    doc: LETTER,
    part: DOC,
    from: /<w:p><w:pPr><w:pStyle w:val="Khung"\/><\/w:pPr><\/w:p>/g,
    to: '',
    code: 'FORMAT_SIGNER',
    says: ['khoảng trống để ký'],
  },
  // Nơi nhận
  {
    what: 'Nơi nhận not italic',
    doc: LETTER,
    part: DOC,
    from: '<w:i/><w:iCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr><w:t xml:space="preserve">Nơi nhận:',
    to: '<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr><w:t xml:space="preserve">Nơi nhận:',
    code: 'FORMAT_NOI_NHAN',
    says: ['in nghiêng'],
  },
  {
    what: 'Nơi nhận without its final "- Lưu: …" line',
    doc: REPORT,
    part: DOC,
    from: paragraphWith('- Lưu:'),
    to: '',
    code: 'FORMAT_NOI_NHAN',
    says: ['- Lưu', 'Trung tâm thông tin và Hội nghị tỉnh'],
  },
  {
    what: 'a Nơi nhận line without its semicolon',
    doc: LETTER,
    part: DOC,
    from: '- Chủ tịch UBND tỉnh;',
    to: '- Chủ tịch UBND tỉnh',
    code: 'FORMAT_NOI_NHAN',
    says: ['Chủ tịch UBND tỉnh', '";"'],
  },
  {
    what: 'the Nơi nhận list in 13 pt',
    doc: LETTER,
    part: STYLES,
    from: /(w:styleId="NoiNhan">[\s\S]*?)<w:sz w:val="22"\/><w:szCs w:val="22"\/>/,
    to: '$1<w:sz w:val="26"/><w:szCs w:val="26"/>',
    code: 'FORMAT_NOI_NHAN',
    says: ['13 pt', '11 pt'],
  },
  // Annexes
  {
    what: '"Phụ lục" not bold',
    doc: ANNEX,
    part: DOC,
    from: unbold('Phụ lục', 14)[0],
    to: unbold('Phụ lục', 14)[1],
    code: 'FORMAT_ANNEX_HEADING',
    says: ['in đậm'],
  },
  {
    what: 'the "(Kèm theo …)" line not in italics',
    doc: RANKING,
    part: DOC,
    from: '<w:i/><w:iCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">(Kèm theo',
    to: '<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">(Kèm theo',
    code: 'FORMAT_ANNEX_HEADING',
    says: ['in nghiêng'],
  },
  {
    what: '"tháng 08" in the line naming the letter',
    doc: RANKING,
    part: DOC,
    from: 'tháng 8 năm 2025 của',
    to: 'tháng 08 năm 2025 của',
    code: 'FORMAT_ANNEX_HEADING',
    says: ['"tháng 8"', '"tháng 08"'],
  },
  {
    what: 'the report number without its zero in the annex',
    doc: ISSUED_ANNEX,
    part: DOC,
    from: 'Báo cáo số 187/BC-UBND',
    to: 'Báo cáo số 7/BC-UBND',
    code: 'FORMAT_ANNEX_HEADING',
    says: ['"07"', '"7"'],
  },
  {
    what: 'the report date with "06" in the annex',
    doc: ISSUED_ANNEX,
    part: DOC,
    from: 'ngày 16/6/2026',
    to: 'ngày 16/06/2026',
    code: 'FORMAT_ANNEX_HEADING',
    says: ['"16/6/2026"', '"16/06/2026"'],
  },
  // Files that are not readable Word documents
  {
    what: 'broken XML in the body',
    doc: REPORT,
    part: DOC,
    from: '</w:body>',
    to: '</w:bod>',
    code: 'FORMAT_UNREADABLE',
    says: ['XML'],
  },
];

/** A copy of `bytes` with one edit in `part`; fails when the edit finds nothing to change. */
function broken(bytes: Buffer, d: Defect): Buffer {
  const zip = new PizZip(bytes);
  const xml = zip.file(d.part)!.asText();
  const edited = xml.replace(d.from, d.to);
  if (edited === xml) throw new Error(`"${d.what}": nothing to edit in ${d.doc} ${d.part}`);
  zip.file(d.part, edited);
  return zip.generate({ type: 'nodebuffer' });
}

let originals: Map<string, Buffer>;
beforeAll(async () => {
  originals = new Map((await generatedDocuments()).map((d) => [d.name, d.bytes]));
});

test.each(DEFECTS.map((d) => [d.what, d] as const))('%s → its code only', (_, d) => {
  const { issues } = checkFormat(broken(originals.get(d.doc)!, d), d.doc);
  expect([...new Set(issues.map((i) => i.code))]).toEqual([d.code]);
  const text = issues.map((i) => `${i.message} ${i.location?.detail ?? ''}`).join('\n');
  for (const words of d.says) expect(text).toContain(words);
});

test('the originals of the corpus have no deviation', () => {
  const docs = [...new Set(DEFECTS.map((d) => d.doc))];
  expect(docs.map((name) => [name, checkFormat(originals.get(name)!, name).issues])).toEqual(
    docs.map((name) => [name, []]),
  );
});

test('a file that is not a zip is reported, not thrown', () => {
  const { kind, issues } = checkFormat(Buffer.from('không phải docx'), 'ghi-chu.docx');
  expect(kind).toBeNull();
  expect(issues.map((i) => [i.code, i.location?.file])).toEqual([
    ['FORMAT_UNREADABLE', 'ghi-chu.docx'],
  ]);
});

test('a damaged zip entry is reported, not thrown', () => {
  const bytes = Buffer.from(originals.get(LETTER)!);
  // Scramble the compressed data just after the local header naming word/document.xml.
  const at = bytes.indexOf('word/document.xml') + 'word/document.xml'.length + 40;
  for (let i = at; i < at + 50; i++) bytes[i] = bytes[i]! ^ 0x55;
  const { issues } = checkFormat(bytes, 'hong.docx');
  expect(issues.map((i) => [i.code, i.location?.detail])).toEqual([
    ['FORMAT_UNREADABLE', 'word/document.xml'],
  ]);
  expect(issues[0]!.message).toContain('hỏng');
});

test('a document with none of the elements is of unknown kind, checked for page and fonts only', () => {
  const page = docxBytes(
    docxZip({ body: paragraph(run('Ghi chú cuộc họp.')), orientation: 'portrait' }),
    new Date(Date.UTC(2026, 0, 1)),
  );
  expect(checkFormat(page, 'ghi-chu.docx')).toEqual({
    kind: { kind: 'unknown' },
    issues: [expect.objectContaining({ code: 'FORMAT_KIND_UNKNOWN' })],
  });
  const a5 = broken(page, {
    what: 'A5 page',
    doc: 'ghi-chu.docx',
    part: DOC,
    from: '<w:pgSz w:w="11906" w:h="16838"/>',
    to: '<w:pgSz w:w="8391" w:h="11906"/>',
    code: 'FORMAT_PAPER_SIZE',
    says: [],
  });
  expect(checkFormat(a5, 'ghi-chu.docx').issues.map((i) => i.code)).toEqual([
    'FORMAT_PAPER_SIZE',
    'FORMAT_KIND_UNKNOWN',
  ]);
});
