// Documents the checker once took for wrong though Nghị định 30/2020 allows them: a draft's
// blanks written with dots, types of document other than the eight it knew, a later section
// that carries the page count on. Each is a generated document edited in its XML.
import PizZip from 'pizzip';
import { checkFormat } from '../../src/conformance/check-format';
import { dateDefect, numberDefect } from '../../src/conformance/numbering';
import { DOCUMENT_TYPES } from '../../src/domain/document-types';
import { generatedDocuments } from '../helpers/generated-documents';
import { lyingBomb, ratioBomb } from '../helpers/large-inputs';

const REPORT = 'lao-cai-2026-q1/bao-cao.docx'; // "Số:      /BC-UBND", one section
const LETTER = 'cong-van/004-thuc-day-dvc-truc-tuyen.docx';
const DOC = 'word/document.xml';

let originals: Map<string, Buffer>;
beforeAll(async () => {
  originals = new Map((await generatedDocuments()).map((d) => [d.name, d.bytes]));
});

/** A copy of a generated document with edits of its body, each of which must change it. */
function edited(name: string, ...edits: (readonly [string | RegExp, string])[]): Buffer {
  const zip = new PizZip(originals.get(name)!);
  let xml = zip.file(DOC)!.asText();
  for (const [from, to] of edits) {
    const next = xml.replace(from, to);
    if (next === xml) throw new Error(`nothing to edit: ${String(from)}`);
    xml = next;
  }
  zip.file(DOC, xml);
  return zip.generate({ type: 'nodebuffer' });
}

const codes = (bytes: Buffer) => checkFormat(bytes, 'x.docx').issues.map((i) => i.code);

describe("a draft's blanks", () => {
  test('dots or an ellipsis for the number and the day are a blank, like spaces', () => {
    expect(numberDefect(' ......./BC-UBND')).toBeNull();
    expect(numberDefect(' …/BC-UBND')).toBeNull();
    expect(numberDefect(' … /BC-UBND')).toBeNull();
    expect(dateDefect('ngày ..... tháng 3 năm 2026')).toBeNull();
    expect(dateDefect('ngày … tháng … năm 2026')).toBeNull();
    // A number or a day is still read when written.
    expect(numberDefect(' 5/BC-UBND')?.defect).toBe('pad-number');
    expect(dateDefect('ngày 5 tháng 3 năm 2026')?.defect).toBe('pad-day');
    expect(dateDefect('ngày ..... tháng 03 năm 2026')?.defect).toBe('unpad-month');
  });

  test.each([
    ['dots', 'Số: ......./BC-UBND', 'Lào Cai, ngày ..... tháng 3 năm 2026'],
    ['an ellipsis', 'Số: …/BC-UBND', 'Lào Cai, ngày … tháng 3 năm 2026'],
  ])('a report with %s for its number and day conforms', (_, number, date) => {
    const bytes = edited(
      REPORT,
      ['Số:      /BC-UBND', number],
      ['Lào Cai, ngày      tháng 3 năm 2026', date],
    );
    expect(checkFormat(bytes, 'x.docx')).toMatchObject({ kind: { code: 'BC' }, issues: [] });
  });
});

describe('types of document: the one table of Nghị định 30/2020, Phụ lục III', () => {
  test('the table holds the 27 codes of Phụ lục III and the three of the cited legal documents', () => {
    expect(DOCUMENT_TYPES.map((t) => t.code)).toEqual(
      // prettier-ignore
      ['NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB',
       'TTr', 'HĐ', 'CĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'NĐ', 'TT', 'TTLT'],
    );
  });

  test.each([
    ['HD', 'HƯỚNG DẪN'],
    ['CTr', 'CHƯƠNG TRÌNH'],
    ['PA', 'PHƯƠNG ÁN'],
    ['QyĐ', 'QUY ĐỊNH'],
    ['GUQ', 'GIẤY UỶ QUYỀN'],
  ])('a %s is a typed document named %s, not a công văn', (code, name) => {
    const bytes = edited(REPORT, ['/BC-UBND', `/${code}-UBND`], ['>BÁO CÁO<', `>${name}<`]);
    const r = checkFormat(bytes, 'x.docx');
    expect(r.kind).toMatchObject({ kind: 'typed', code });
    expect(r.issues).toEqual([]);
  });

  test("a giấy mời's summary is not required to look like a report's", () => {
    const plain = [
      '<w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Công tác kiểm soát',
      '</w:rPr><w:t xml:space="preserve">Công tác kiểm soát',
    ] as const;
    expect(codes(edited(REPORT, plain))).toEqual(['FORMAT_SUMMARY']);
    expect(
      codes(edited(REPORT, plain, ['/BC-UBND', '/GM-UBND'], ['>BÁO CÁO<', '>GIẤY MỜI<'])),
    ).toEqual([]);
  });

  test('the type name must still be the code\'s: "BÁO CÁO" under a HD number is wrong', () => {
    expect(codes(edited(REPORT, ['/BC-UBND', '/HD-UBND']))).toEqual(['FORMAT_TYPE_NAME']);
  });

  test('a symbol of no known type is a công văn only with what a công văn has (V/v, Kính gửi)', () => {
    const unknown = edited(REPORT, ['/BC-UBND', '/XYZ-UBND'], ['>BÁO CÁO<', '>BẢN TIN<']);
    expect(checkFormat(unknown, 'x.docx')).toMatchObject({
      kind: { kind: 'unknown' },
      issues: [expect.objectContaining({ code: 'FORMAT_KIND_UNKNOWN' })],
    });
    expect(checkFormat(originals.get(LETTER)!, 'x.docx')).toMatchObject({
      kind: { kind: 'letter' },
      issues: [],
    });
  });
});

describe('page numbers across sections', () => {
  const FIRST =
    '<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:headerReference w:type="first" r:id="rId4"/><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/><w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>';
  /** The report cut into two sections before its closing table; `second` edits the last one. */
  const twoSections = (...second: [string, string][]) =>
    edited(
      REPORT,
      [/(<w:tbl>(?:(?!<w:tbl>)[\s\S])*Nơi nhận)/, `<w:p><w:pPr>${FIRST}</w:pPr></w:p>$1`],
      ...second.map(([from, to]): [RegExp, string] => [
        new RegExp(`(<w:body>[\\s\\S]*)${from}(?=[^]*</w:sectPr></w:body>)`),
        `$1${to}`,
      ]),
    );

  test('a later section that carries the count on needs no different first page', () => {
    const bytes = twoSections(['<w:pgNumType w:start="1"/><w:titlePg/>', '']);
    expect(checkFormat(bytes, 'x.docx').issues).toEqual([]);
  });

  test('a later section that hides the number of its first page is wrong', () => {
    const bytes = twoSections(['<w:pgNumType w:start="1"/>', '']);
    const issues = checkFormat(bytes, 'x.docx').issues;
    expect(issues.map((i) => [i.code, i.location?.detail])).toEqual([
      ['FORMAT_PAGE_NUMBER', expect.stringContaining('2')],
    ]);
    expect(issues[0]!.message).toContain('tiếp theo phần trước');
  });

  test('a later section that starts the count again is a first page: not numbered', () => {
    const bytes = twoSections(['<w:titlePg/>', '']);
    const issues = checkFormat(bytes, 'x.docx').issues;
    expect(issues.map((i) => i.code)).toEqual(['FORMAT_PAGE_NUMBER']);
    expect(issues[0]!.message).toContain('Trang đầu khác');
  });
});

test('a zip bomb or a part lying about its size is refused before it is unpacked', () => {
  const report = originals.get(REPORT)!;
  for (const bytes of [ratioBomb(report), lyingBomb(report)]) {
    const r = checkFormat(bytes, 'bom.docx');
    expect(r.kind).toBeNull();
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'DOCX_LIMIT', location: { file: 'bom.docx' } }),
    ]);
    expect(r.issues[0]!.message).toContain('zip bomb');
  }
});
