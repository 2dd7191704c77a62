// The zip reader inflates each entry with its declared size as a hard ceiling: a part bigger
// than it says is refused once it passes that size, a damaged or cut part is "corrupt".
import PizZip from 'pizzip';
import { centralDirectory, inflateEntry, type ZipEntry } from '../../src/ooxml/zip-entries';

const TEXT = 'Kiểm soát thủ tục hành chính. '.repeat(1000);

function deflated(text: string): { bytes: Buffer; entry: ZipEntry } {
  const zip = new PizZip();
  zip.file('word/document.xml', text);
  const bytes = zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
  const dir = centralDirectory(bytes);
  if (!Array.isArray(dir)) throw new Error('not a zip');
  return { bytes, entry: dir[0]! };
}

const dataStart = (bytes: Buffer, e: ZipEntry) =>
  e.headerOffset +
  30 +
  bytes.readUInt16LE(e.headerOffset + 26) +
  bytes.readUInt16LE(e.headerOffset + 28);

test('an entry inflates to its text; without keep, only its size is given', () => {
  const { bytes, entry } = deflated(TEXT);
  const size = Buffer.byteLength(TEXT);
  expect(entry.size).toBe(size);
  const kept = inflateEntry(bytes, entry, true);
  expect('data' in kept && Buffer.from(kept.data!).toString('utf8')).toBe(TEXT);
  expect(inflateEntry(bytes, entry, false)).toEqual({ size, data: null });
});

test('an entry that inflates past its declared size is refused at the ceiling', () => {
  const { bytes, entry } = deflated(TEXT);
  expect(inflateEntry(bytes, { ...entry, size: 1000 }, false)).toEqual({
    refusal: { kind: 'limit', what: 'lie', entry: 'word/document.xml', value: 1001, limit: 1000 },
  });
});

test('an entry smaller than it says is refused with its true size', () => {
  const { bytes, entry } = deflated(TEXT);
  const size = Buffer.byteLength(TEXT);
  expect(inflateEntry(bytes, { ...entry, size: size + 10 }, false)).toEqual({
    refusal: {
      kind: 'limit',
      what: 'lie',
      entry: 'word/document.xml',
      value: size,
      limit: size + 10,
    },
  });
});

test('deflate data cut short or damaged is corrupt', () => {
  const { bytes, entry } = deflated(TEXT);
  // The same entry with its data cut in half: the stream ends before its last block.
  expect(
    inflateEntry(bytes, { ...entry, compressed: Math.floor(entry.compressed / 2) }, true),
  ).toEqual({
    refusal: { kind: 'corrupt' },
  });
  // The first byte of the data set to a reserved block type (BTYPE = 11).
  const broken = Buffer.from(bytes);
  broken[dataStart(broken, entry)] = 0x07;
  expect(inflateEntry(broken, entry, true)).toEqual({ refusal: { kind: 'corrupt' } });
});
