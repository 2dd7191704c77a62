// The archives a process opened lately are found again by equal bytes (the build reads each
// Word file it wrote twice), never by the identity of a buffer its caller may change.
import PizZip from 'pizzip';
import { BadPart, openDocxPackage } from '../../src/ooxml/docx-package';
import { readDocx } from '../../src/ooxml/read-docx';
import { readDocxText } from '../../src/ooxml/docx-text';
import { checkDocxZip } from '../../src/ooxml/zip-guard';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function docx(text: string): Buffer {
  const zip = new PizZip();
  zip.file(
    'word/document.xml',
    `<w:document ${W}><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
  );
  return zip.generate({ type: 'nodebuffer', compression: 'STORE' });
}

test('equal bytes give the same package; a buffer changed after opening is read anew', () => {
  const bytes = docx('Mot');
  const pkg = openDocxPackage(bytes);
  expect(openDocxPackage(Buffer.from(bytes))).toBe(pkg);
  expect(readDocxText(bytes).body.map((p) => p.text)).toEqual(['Mot']);
  // The caller writes another document into the same buffer: what is read is the new one.
  const other = docx('Hai');
  expect(other.length).toBe(bytes.length);
  other.copy(bytes);
  expect(openDocxPackage(bytes)).not.toBe(pkg);
  expect(readDocxText(bytes).body.map((p) => p.text)).toEqual(['Hai']);
  bytes.fill(0);
  expect(openDocxPackage(bytes)).toBeNull();
});

test('a part that lies about its size is refused by the guard and never read past its size', () => {
  const zip = new PizZip(docx('x'.repeat(5000)));
  const bytes = zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
  // Declare 100 bytes for word/document.xml in the central directory (offset 24 of its header).
  const central = bytes.lastIndexOf(Buffer.from('504b0102', 'hex'));
  expect(bytes.toString('latin1', central + 46, central + 46 + 17)).toBe('word/document.xml');
  bytes.writeUInt32LE(100, central + 24);
  expect(checkDocxZip(bytes)).toEqual({
    kind: 'limit',
    what: 'lie',
    entry: 'word/document.xml',
    value: 101,
    limit: 100,
  });
  expect(readDocx(bytes)).toEqual({ problem: 'damaged', part: 'word/document.xml', detail: '' });
  expect(() => readDocxText(bytes)).toThrow(BadPart);
});
