import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvChunks } from '../../src/ingest/csv-chunks';

// csvChunks reads a small file with a buffer of its own size (one byte more), a large one a
// megabyte at a time: what comes out is the file's bytes either way, and a byte that is not
// UTF-8 is found at its line.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tthc-csv-chunks-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function streamed(bytes: Buffer): Promise<{ out: Buffer; chunks: number } | string> {
  const path = join(dir, 'f.csv');
  writeFileSync(path, bytes);
  const read = await csvChunks(path, 'f.csv');
  if ('issue' in read) return read.issue.code;
  const parts: Buffer[] = [];
  try {
    for await (const chunk of read.stream) parts.push(chunk as Buffer);
  } catch {
    const problem = read.problem();
    return problem ? `${problem.code} row ${problem.location?.row}` : 'failed';
  }
  return { out: Buffer.concat(parts), chunks: parts.length };
}

test.each([
  ['an empty file', ''],
  ['one byte', 'a'],
  ['a small table', 'ma_xa,ten\n00070,Phường Hoàn Kiếm\n'],
])('%s comes out whole, in one chunk', async (_, text) => {
  const bytes = Buffer.from(text, 'utf8');
  const r = await streamed(bytes);
  if (typeof r === 'string') throw new Error(r);
  expect(r.out.equals(bytes)).toBe(true);
  expect(r.chunks).toBeLessThanOrEqual(1);
});

test('a file of 2.5 MB, a Vietnamese letter across each megabyte, comes out whole', async () => {
  // "ờ" is 3 bytes in UTF-8: placed so that each megabyte boundary falls inside one.
  const line = 'x'.repeat(1024 * 1024 - 1) + 'ờ';
  const bytes = Buffer.from(line + line + 'x'.repeat(512 * 1024), 'utf8');
  const r = await streamed(bytes);
  if (typeof r === 'string') throw new Error(r);
  expect(r.out.equals(bytes)).toBe(true);
  expect(r.chunks).toBe(3);
});

test('a byte that is not UTF-8 on line 3 of a small file is CSV_ENCODING at row 3', async () => {
  const bytes = Buffer.concat([
    Buffer.from('ma_xa,ten\n00070,Hoàn Kiếm\n00082,C', 'utf8'),
    Buffer.from([0xe1]),
    Buffer.from(' Nam\n', 'utf8'),
  ]);
  expect(await streamed(bytes)).toBe('CSV_ENCODING row 3');
});
