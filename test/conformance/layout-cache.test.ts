// The check of the files the build renders reads the layout of a file once per process and puts
// each file's own texts back (src/ooxml/docx-layout.ts, src/conformance/layout-cache.ts). What
// it reads must be exactly what readDocx reads; a defect in the texts (the data) must be found
// with the layout already read; a change of the layout (the template) must be read afresh.
import PizZip from 'pizzip';
import { checkFormat, checkRenderedFormat } from '../../src/conformance/check-format';
import {
  clearLayoutCache,
  layoutCacheStats,
  readRenderedDocx,
} from '../../src/conformance/layout-cache';
import { docxBytes, docxZip } from '../../src/render/docx/package';
import { readDocx } from '../../src/ooxml/read-docx';
import { generatedDocuments, type GeneratedDocument } from '../helpers/generated-documents';

const ISSUED = 'lai-chau-2026-h1/bao-cao.docx'; // "Số: 187/BC-UBND", "Lai Châu, ngày 16 tháng 6 năm 2026"
const DOC = 'word/document.xml';

/** A copy of `bytes` with `from` replaced by `to` in `part`; fails when nothing changes. */
function edited(bytes: Buffer, part: string, from: string | RegExp, to: string): Buffer {
  const zip = new PizZip(bytes);
  const xml = zip.file(part)!.asText();
  if (xml.replace(from, to) === xml) throw new Error(`nothing to edit: ${String(from)}`);
  zip.file(part, xml.replace(from, to));
  return zip.generate({ type: 'nodebuffer' });
}

const page = (body: string) =>
  docxBytes(docxZip({ body, orientation: 'portrait' }), new Date(Date.UTC(2026, 0, 1)));

let docs: GeneratedDocument[];
const doc = (name: string) => docs.find((d) => d.name === name)!.bytes;
beforeAll(async () => {
  docs = await generatedDocuments();
});
beforeEach(clearLayoutCache);

test('every generated document reads the same through its layout as with readDocx', () => {
  // Met once, a layout is only remembered; met again, it is read; then found (copies of the
  // bytes, so that nothing is found again by the same buffer).
  for (const pass of [0, 1, 2])
    for (const d of docs)
      expect([d.name, pass, readRenderedDocx(Buffer.from(d.bytes))]).toEqual([
        d.name,
        pass,
        readDocx(d.bytes),
      ]);
  expect(layoutCacheStats).toEqual({ hits: docs.length, misses: docs.length });
});

/** Checks a file twice, so that its layout is read and kept. */
const warm = (bytes: Buffer) => [0, 1].map(() => checkRenderedFormat(Buffer.from(bytes), ISSUED));

test('a defect in the texts is found with the layout already read', () => {
  expect(warm(doc(ISSUED)).flatMap((c) => c.issues)).toEqual([]);
  // Only texts change: the same layout, read from the cache, with these texts.
  const unpadded = edited(
    edited(doc(ISSUED), DOC, '>Số: 187/BC-UBND<', '>Số: 7/BC-UBND<'),
    DOC,
    '>Lai Châu, ngày 16 tháng 6 năm 2026<',
    '>Lai Châu, ngày 6 tháng 06 năm 2026<',
  );
  const { issues } = checkRenderedFormat(unpadded, ISSUED);
  expect(layoutCacheStats).toEqual({ hits: 1, misses: 1 });
  expect(issues.map((i) => i.code)).toEqual(['FORMAT_NUMBER_LINE', 'FORMAT_PLACE_DATE']);
  expect(issues[0]!.message).toContain('07');
  expect(issues[1]!.message).toContain('ngày 06');
  expect(issues).toEqual(checkFormat(unpadded, ISSUED).issues);
});

test('a changed layout is read afresh: a font in the styles, a size in the body', () => {
  warm(doc(ISSUED));
  const arial = edited(doc(ISSUED), 'word/styles.xml', /Times New Roman/g, 'Arial');
  const small = edited(
    doc(ISSUED),
    DOC,
    '<w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr><w:t xml:space="preserve">Số: 187/BC-UBND<',
    '<w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr><w:t xml:space="preserve">Số: 187/BC-UBND<',
  );
  expect(checkRenderedFormat(arial, ISSUED).issues.map((i) => i.code)).toContain('FORMAT_FONT');
  const smaller = checkRenderedFormat(small, ISSUED).issues;
  expect(smaller.map((i) => i.code)).toEqual(['FORMAT_NUMBER_LINE']);
  expect(smaller[0]!.message).toContain('11');
  expect(layoutCacheStats).toEqual({ hits: 0, misses: 1 });
});

test('capitals of w:caps apply to the texts put back', () => {
  const caps = (text: string) =>
    page(`<w:p><w:r><w:rPr><w:caps/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`);
  readRenderedDocx(caps('ủy ban'));
  readRenderedDocx(caps('ủy ban'));
  const read = readRenderedDocx(caps('đồng ý'));
  expect(layoutCacheStats).toEqual({ hits: 1, misses: 1 });
  expect(read).toEqual(readDocx(caps('đồng ý')));
  expect('body' in read && read.body[0]!.text).toBe('ĐỒNG Ý');
});

test('what the layout cannot stand for is read with readDocx', () => {
  // A text already holding the marker's private-use character; a w:t written another way; a
  // run in capitals mixing both; a w:t inside a comment, which the parser does not see.
  const odd = [
    page('<w:p><w:r><w:t>a\uE000k0\uE001b</w:t></w:r></w:p>'),
    page('<w:p><w:r><w:t xml:space="default">giữ nguyên</w:t><w:t>và đây</w:t></w:r></w:p>'),
    page(
      '<w:p><w:r><w:rPr><w:caps/></w:rPr><w:t xml:space="default">ß</w:t><w:t>ß</w:t></w:r></w:p>',
    ),
    page('<!-- <w:t>ẩn</w:t> --><w:p><w:r><w:t>thấy</w:t></w:r></w:p>'),
  ];
  for (const bytes of odd)
    for (const pass of [0, 1])
      expect([pass, readRenderedDocx(bytes)]).toEqual([pass, readDocx(bytes)]);
  // The second and third were read through a layout (the kept text is part of it); the third's
  // texts could not be put back exactly, so it was read again with readDocx.
  expect(layoutCacheStats).toEqual({ hits: 0, misses: 2 });
});
