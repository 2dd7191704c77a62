/**
 * Hostile or broken drafts (issue 20): `tthc audit` reads them in linear time and within its
 * input limits, and a draft it cannot read is an error — never "no problem", never a hang.
 * The time bound of each test is the only bound, and a generous one. jest cannot stop a test
 * whose work never yields (the audit runs without a pause), so the large drafts check their
 * bound themselves (`withinBound`): a list of 30,000 parts once took three minutes here and
 * passed, since jest's timer only fired after the audit returned.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { draftOf } from '../../src/cli/commands/audit';
import { readDraft } from '../../src/ingest/read-draft';
import { auditBytes, generatedDrafts } from '../helpers/generated-drafts';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';

afterAll(removeTempFolders);

/** `work`, failing when it took longer than `ms` (the test's own time bound). */
async function withinBound<T>(ms: number, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await work();
  expect(performance.now() - start).toBeLessThan(ms);
  return result;
}

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);
const text = (s: string) => Buffer.from(s, 'utf8');

test('a number of 200,000 digits: read as no figure, at once', async () => {
  const r = await auditBytes('so.txt', text(`Tiếp nhận ${'9'.repeat(200_000)} hồ sơ.\n`));
  expect(r.audited).toBe(true);
  expect(codes(r.findings)).toEqual([]);
}, 30_000);

test('a list of 30,000 parts "(trong đó: …)": its sum is checked, in linear time', async () => {
  const parts = Array.from({ length: 30_000 }, () => '1 hồ sơ').join('; ');
  // 29.999 stated, 30.000 listed.
  const r = await withinBound(30_000, () =>
    auditBytes('ds.txt', text(`Tiếp nhận 29.999 hồ sơ (trong đó: ${parts}).\n`)),
  );
  const sums = r.findings.filter((i) => i.code === 'AUDIT_SUM_MISMATCH');
  expect(sums).toHaveLength(1);
  expect(sums[0]!.message).toContain('= 30.000');
}, 30_000);

test('5,000 totals each broken down in the next paragraph, and figures named 5,000 times', async () => {
  const pairs = Array.from(
    { length: 5_000 },
    (_, i) =>
      `Tổng số hồ sơ đã tiếp nhận: 1.250 hồ sơ.\n\nTrong đó: 1.000 hồ sơ trực tuyến; ${i === 4_999 ? 240 : 250} hồ sơ trực tiếp.\n\nToàn tỉnh đã tiếp nhận 21 PAKN về quy định, chính sách.\n\nTrong đó: Số PAKN về quy định hành chính: 19 PAKN; số PAKN về hành vi hành chính: 02 PAKN.`,
  );
  const r = await withinBound(60_000, () =>
    auditBytes('doan.txt', text(`${pairs.join('\n\n')}\n`)),
  );
  // The one sum that fails; the PAKN are given one way each and add up.
  expect(codes(r.findings)).toEqual(['AUDIT_SUM_MISMATCH']);
  expect(r.findings[0]!.message).toContain('1.000 + 240 = 1.240');
}, 60_000);

test('a paragraph of 50,000 sentences: each place is still its own sentence', async () => {
  const sentences = Array.from({ length: 50_000 }, () => 'Tiếp nhận 5 hồ sơ.');
  sentences[49_999] = 'Tiếp nhận 176,319 hồ sơ.';
  const r = await withinBound(60_000, () =>
    auditBytes('cau.txt', text(`${sentences.join(' ')}\n`)),
  );
  const style = r.findings.filter((i) => i.code === 'AUDIT_SEPARATOR');
  expect(style.map((i) => i.location)).toEqual([
    { file: 'cau.txt', paragraph: 1, sentence: 50_000 },
  ]);
}, 60_000);

test('a Word draft of 20,000 tables: read in linear time, every cell a paragraph', async () => {
  const cell = (i: number) =>
    `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ô ${i}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
  const zip = new PizZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  const body = Array.from({ length: 20_000 }, (_, i) => cell(i)).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:p><w:r><w:t>Hết.</w:t></w:r></w:p></w:body></w:document>`,
  );
  const path = join(tempFolder('tthc-bang-'), 'bang.docx');
  writeFileSync(path, zip.generate({ type: 'nodebuffer' }));
  const source = readDraft(path);
  if ('code' in source) throw new Error(source.message);
  const draft = await withinBound(60_000, () => draftOf(source));
  expect(draft.paragraphs.length).toBe(20_001);
  expect(draft.paragraphs.filter((p) => p.inTable).length).toBe(20_000);
}, 60_000);

test('a Word draft whose text is cut short: an error, as check-format says, not "no problem"', async () => {
  const [seed] = await generatedDrafts();
  const zip = new PizZip(seed!.bytes);
  const xml = zip.file('word/document.xml')!.asText();
  zip.file('word/document.xml', xml.slice(0, Math.floor(xml.length / 2)));
  const r = await auditBytes('cut.docx', zip.generate({ type: 'nodebuffer' }));
  expect(r.audited).toBe(false);
  expect(r.findings).toEqual([
    expect.objectContaining({
      code: 'FORMAT_UNREADABLE',
      severity: 'error',
      location: { file: 'cut.docx', detail: 'word/document.xml' },
    }),
  ]);
});

test('a Word file without its document part: an error', async () => {
  const zip = new PizZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  zip.file('word/styles.xml', '<?xml version="1.0"?><w:styles/>');
  const r = await auditBytes('rong.docx', zip.generate({ type: 'nodebuffer' }));
  expect(r.audited).toBe(false);
  expect(codes(r.findings)).toEqual(['FORMAT_UNREADABLE']);
  expect(r.findings[0]!.message).toContain('word/document.xml');
});

test('an empty draft is FILE_EMPTY, not "no problem"', async () => {
  for (const [name, bytes] of [
    ['rong.txt', Buffer.alloc(0)],
    ['trang.md', text('\n\n   \n')],
  ] as const) {
    const r = await auditBytes(name, bytes);
    expect(r.audited).toBe(false);
    expect(r.findings).toEqual([
      expect.objectContaining({ code: 'FILE_EMPTY', location: { file: name } }),
    ]);
  }
});

test('limits: a .txt over 2 MB, a draft in UTF-32, a named pipe — refused at once', () => {
  const dir = tempFolder('tthc-gioi-han-');
  writeFileSync(join(dir, 'lon.txt'), 'Tiếp nhận 5 hồ sơ.\n'.repeat(150_000));
  expect(readDraft(join(dir, 'lon.txt'))).toMatchObject({
    code: 'FILE_TOO_LARGE',
    message: expect.stringContaining('2 MB'),
  });
  const utf32 = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.alloc(8)]);
  writeFileSync(join(dir, 'u32.txt'), utf32);
  expect(readDraft(join(dir, 'u32.txt'))).toMatchObject({
    code: 'AUDIT_FILE_ENCODING',
    message: expect.stringContaining('UTF-32'),
  });
  execFileSync('mkfifo', [join(dir, 'ong.txt')]);
  expect(readDraft(join(dir, 'ong.txt'))).toMatchObject({ code: 'FILE_UNREADABLE' });
  expect(readFileSync(join(dir, 'lon.txt')).length).toBeGreaterThan(2 * 1024 * 1024);
});
