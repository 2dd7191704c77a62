// How the checker resolves what Word shows: styles, defaults, theme fonts, hidden and capitalised
// text, tables and sections. Each document is written by hand here, so the expected values are
// those of the XML below, not of the project's renderers.
import PizZip from 'pizzip';
import type { DocxDocument } from '../../src/ooxml/docx-model';
import { readDocx } from '../../src/ooxml/read-docx';

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const STYLES = `<w:styles ${W}>
  <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="20"/></w:rPr></w:rPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Themed"><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="Emphasis"><w:rPr><w:i/></w:rPr></w:style>
</w:styles>`;

const THEME = `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme name="x"><a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;

const p = (pPr: string, ...runs: string[]) =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs.join('')}</w:p>`;
const r = (text: string, rPr = '') =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const header = (body: string) => `<w:hdr ${W}>${body}</w:hdr>`;

const BODY = [
  p('', r('plain')),
  p(
    '<w:pStyle w:val="Title"/>',
    r('title'),
    r(' emphasised', '<w:rStyle w:val="Emphasis"/>'),
    r(' small', '<w:sz w:val="24"/><w:b w:val="0"/>'),
  ),
  p('<w:pStyle w:val="Themed"/>', r('themed')),
  p('', r('shown'), r(' hidden', '<w:vanish/>'), r(' capitals', '<w:caps/>')),
  `<w:tbl><w:tr><w:tc>${p('', r('left'))}</w:tc><w:tc><w:tbl><w:tr><w:tc>${p('', r('nested'))}</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`,
  p(
    '<w:sectPr><w:headerReference w:type="default" r:id="rH1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1134" w:gutter="567"/><w:titlePg/></w:sectPr>',
    r('end of section 1'),
  ),
  p('', r('section 2')),
  '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgNumType w:fmt="upperRoman"/></w:sectPr>',
].join('');

function docx(): Buffer {
  const zip = new PizZip();
  zip.file(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rT" Type="${REL}/theme" Target="theme/theme1.xml"/><Relationship Id="rH1" Type="${REL}/header" Target="header1.xml"/></Relationships>`,
  );
  zip.file('word/styles.xml', STYLES);
  zip.file('word/theme/theme1.xml', THEME);
  zip.file(
    'word/header1.xml',
    header(
      p(
        '<w:jc w:val="center"/>',
        '<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t>2</w:t></w:r></w:fldSimple>',
      ),
    ),
  );
  zip.file('word/document.xml', `<w:document ${W}><w:body>${BODY}</w:body></w:document>`);
  return zip.generate({ type: 'nodebuffer' });
}

let doc: DocxDocument;
beforeAll(() => {
  const read = readDocx(docx());
  if ('problem' in read) throw new Error(read.problem);
  doc = read;
});

const runsOf = (i: number) =>
  doc.body[i]!.runs.map((x) => [x.text, x.hAnsi, x.size, x.bold, x.italic]);

test('a paragraph without a style takes the default paragraph style over docDefaults', () => {
  expect(runsOf(0)).toEqual([['plain', 'Times New Roman', 14, false, false]]);
});

test('style chain, character style and direct formatting, the nearest winning', () => {
  expect(runsOf(1)).toEqual([
    ['title', 'Times New Roman', 13, true, false],
    [' emphasised', 'Times New Roman', 13, true, true],
    [' small', 'Times New Roman', 12, false, false],
  ]);
  expect(doc.body[1]!.align).toBe('center');
});

test('a theme font resolves through the theme part', () => {
  expect(runsOf(2)).toEqual([['themed', 'Calibri', 10, false, false]]);
});

test('hidden text is left out and w:caps shows capitals', () => {
  expect(doc.body[3]!.text).toBe('shown CAPITALS');
});

test('a nested table keeps the place of its outer cell', () => {
  expect(doc.body.slice(4, 6).map((x) => [x.text, x.cell])).toEqual([
    ['left', { table: 0, row: 0, cell: 0, cellsInRow: 2 }],
    ['nested', { table: 0, row: 0, cell: 1, cellsInRow: 2 }],
  ]);
});

test('sections: page setup in mm, the gutter added to the left margin, headers inherited', () => {
  const [one, two] = doc.sections;
  expect(doc.body.map((x) => x.section)).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
  expect([one!.width, one!.height].map((x) => Math.round(x!))).toEqual([210, 297]);
  expect(Math.round(one!.margins.left!)).toBe(30); // 20 mm + 10 mm gutter
  expect([one!.titlePage, two!.titlePage, two!.orient, two!.numberFormat]).toEqual([
    true,
    false,
    'landscape',
    'upperRoman',
  ]);
  expect(two!.defaultHeader?.part).toBe('word/header1.xml');
  expect(two!.defaultHeader?.paragraphs[0]?.pageField).toEqual({ instruction: ' PAGE ', size: 13 });
});
