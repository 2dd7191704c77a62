// zipBytes deflates with Node's zlib instead of PizZip's pako: the zip must stay an ordinary
// deflated zip that PizZip, our own reader and any Office program read, with the same content.
import PizZip from 'pizzip';
import { inflateRawSync } from 'node:zlib';
import { centralDirectory, inflateEntry, type ZipEntry } from '../../src/ooxml/zip-entries';
import { zipBytes } from '../../src/tools/zip-bytes';
import { packageFiles } from '../helpers/sample-package';
import { SAMPLE_Q1 } from '../helpers/load-sample';

const entries = (bytes: Buffer): ZipEntry[] => {
  const dir = centralDirectory(bytes);
  if (!Array.isArray(dir)) throw new Error(`not a zip: ${dir.kind}`);
  return dir;
};

/** The compressed data of an entry as it sits in the zip, after its local header. */
function rawData(bytes: Buffer, e: ZipEntry): Buffer {
  const h = e.headerOffset;
  const start = h + 30 + bytes.readUInt16LE(h + 26) + bytes.readUInt16LE(h + 28);
  return bytes.subarray(start, start + e.compressed);
}

const TEXT = 'Thủ tục hành chính được giải quyết đúng hạn. '.repeat(400);

test('every entry is deflated (method 8), smaller than its text, and reads back the same', () => {
  const zip = new PizZip();
  zip.file('word/document.xml', TEXT);
  zip.file('docProps/app.xml', '<Properties>tthc</Properties>');
  const bytes = zipBytes(zip);
  const list = entries(bytes);
  expect(list.map((e) => [e.name, e.method])).toEqual([
    ['word/document.xml', 8],
    ['docProps/app.xml', 8],
  ]);
  const doc = list[0]!;
  expect(doc.size).toBe(Buffer.byteLength(TEXT));
  // 400 repeats of one sentence deflate to a small fraction of it.
  expect(doc.compressed).toBeLessThan(doc.size / 20);
  // Read three ways: raw inflation of the stored data, our zip reader, PizZip.
  expect(inflateRawSync(rawData(bytes, doc)).toString('utf8')).toBe(TEXT);
  const mine = inflateEntry(bytes, doc, true);
  expect('data' in mine && Buffer.from(mine.data!).toString('utf8')).toBe(TEXT);
  expect(new PizZip(bytes).file('word/document.xml')!.asText()).toBe(TEXT);
});

test('an entry read from a deflated zip is copied as it was, a changed one deflated anew', () => {
  const first = new PizZip();
  first.file('a.xml', TEXT);
  first.file('b.xml', TEXT);
  const before = zipBytes(first);
  const again = new PizZip(before);
  again.file('b.xml', `${TEXT}!`);
  const after = zipBytes(again);
  const [a0] = entries(before);
  const [a1, b1] = entries(after);
  expect(rawData(after, a1!).equals(rawData(before, a0!))).toBe(true);
  expect(new PizZip(after).file('b.xml')!.asText()).toBe(`${TEXT}!`);
  expect(b1!.method).toBe(8);
});

test('every part of every Office file of the sample package is deflated', async () => {
  // exceljs is asked to store its parts; withOfficeProperties deflates them. A file that left
  // that path would be written stored, several times larger.
  const files = await packageFiles(SAMPLE_Q1);
  const office = [...files].filter(([name]) => /\.(docx|xlsx)$/.test(name));
  expect(office.map(([name]) => name).sort()).toEqual([
    'bao-cao.docx',
    'bieu-mau.xlsx',
    'phu-luc-bieu-mau.docx',
  ]);
  for (const [name, bytes] of office) {
    const stored = entries(bytes).filter((e) => e.method !== 8 && e.size > 0);
    expect([name, stored.map((e) => e.name)]).toEqual([name, []]);
  }
});
