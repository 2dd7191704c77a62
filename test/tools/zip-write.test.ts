// writeZip writes the zip PizZip's generate writes, byte for byte, with Node's zlib for the CRCs
// (src/tools/zip-write.ts): every Word file and workbook of a package goes through it. What it
// leaves to PizZip (a name outside ASCII, a comment, an entry's own method) it
// says by returning null, and zipBytes asks PizZip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { pizZipBytes, zipBytes } from '../../src/tools/zip-bytes';
import { writeZip } from '../../src/tools/zip-write';
import { excelJs } from '../../src/tools/exceljs';
import { projectRoot } from '../../src/tools/project-root';

const TEMPLATE = join(projectRoot(), 'templates', 'bao-cao-quy.docx');
const TEXT = 'Thủ tục hành chính được giải quyết đúng hạn. '.repeat(300);
const WHEN = new Date(2026, 2, 14, 9, 30, 12);

/** Both writers on two loadings of the same bytes (PizZip changes an entry it writes). */
function both(make: () => PizZip): { ours: Buffer | null; pizzip: Buffer } {
  return { ours: writeZip(make()), pizzip: pizZipBytes(make()) };
}

test('a template read, parts changed as text and as bytes, one added: the bytes PizZip writes', () => {
  const template = readFileSync(TEMPLATE);
  const { ours, pizzip } = both(() => {
    const zip = new PizZip(template);
    zip.file('word/document.xml', `<w:document>${TEXT}</w:document>`, { date: WHEN });
    zip.file('word/footnotes.xml', Buffer.from(TEXT, 'utf8'), { date: WHEN });
    zip.file('docProps/custom.xml', '<Properties/>', { date: WHEN });
    return zip;
  });
  expect(ours).not.toBeNull();
  expect(ours!.equals(pizzip)).toBe(true);
  // Entries read and not changed are copied deflated as they were; the zip reads back.
  const back = new PizZip(ours!);
  expect(back.file('word/document.xml')!.asText()).toBe(`<w:document>${TEXT}</w:document>`);
  expect(back.file('word/footnotes.xml')!.asText()).toBe(TEXT);
  expect(Object.keys(back.files).sort()).toEqual(
    Object.keys(new PizZip(template).files).concat('docProps/custom.xml').sort(),
  );
});

test('a workbook exceljs stored: every part deflated anew, the bytes PizZip writes', async () => {
  const ExcelJS = excelJs();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu');
  for (let i = 1; i <= 50; i++) ws.addRow([i, `Xã số ${i}`, i * 1.5]);
  const stored = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  const { ours, pizzip } = both(() => new PizZip(stored));
  expect(ours).not.toBeNull();
  expect(ours!.equals(pizzip)).toBe(true);
  expect(ours!.length).toBeLessThan(stored.length);
});

test('folders, empty files and a date before 1980: as PizZip writes them', () => {
  const { ours, pizzip } = both(() => {
    const zip = new PizZip();
    zip.folder('word');
    zip.file('word/empty.xml', '', { date: WHEN });
    // Attributes as a zip read back gives them: read-only, and Unix permissions (not written).
    zip.file('word/b.xml', TEXT, { date: WHEN, dosPermissions: 0x01, unixPermissions: 0o644 });
    zip.file('word/a.xml', TEXT, { date: WHEN });
    // A date before the DOS dates begin (1980), as a zip with its date fields at zero reads.
    zip.file('word/old.xml', TEXT, { date: new Date(1979, 11, 31, 23, 59, 58) });
    return zip;
  });
  expect(ours).not.toBeNull();
  expect(ours!.equals(pizzip)).toBe(true);
});

test('what only PizZip writes is left to it: zipBytes still gives its bytes', () => {
  const cases: [string, () => PizZip][] = [
    ['a name outside ASCII', () => new PizZip().file('tài-liệu.xml', TEXT, { date: WHEN })],
    ['a comment', () => new PizZip().file('a.xml', TEXT, { date: WHEN, comment: 'ghi chú' })],
    [
      'its own method',
      () => new PizZip().file('a.xml', TEXT, { date: WHEN, compression: 'STORE' }),
    ],
  ];
  for (const [what, make] of cases) {
    expect([what, writeZip(make())]).toEqual([what, null]);
    expect([what, zipBytes(make()).equals(pizZipBytes(make()))]).toEqual([what, true]);
  }
});
