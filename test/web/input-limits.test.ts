// Uploads are read by the readers of the command line, with their limits (src/ingest/
// input-limits.ts, docs/robustness.md): a file the upload limit lets through but a reader
// refuses is shown as the reader's issue, located, with the server's folders taken out, and
// nothing is built; exactly what `tthc validate` / `tthc audit` say for the same file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_DRAFT_TEXT_BYTES, MAX_OFFICE_TEXT_BYTES } from '../../src/ingest/input-limits';
import { auditFile } from '../../src/pipeline/audit-file';
import { preparePackage } from '../../src/pipeline/prepare-package';
import type { WebApp } from '../../src/web/server';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';
import { mainText, Session, testApp } from '../helpers/web-app';
import { q1Content, q1Workbook } from '../helpers/web-samples';

let app: WebApp;
beforeAll(async () => {
  // Above the readers' 2 MB for texts, so that the reader, not the upload, says no.
  app = await testApp({ maxUploadBytes: 4 * 1024 * 1024 });
});
afterAll(async () => {
  await app.stop();
  removeTempFolders();
});

/** Vietnamese text of `bytes` bytes and more, in UTF-8 (a content file someone pasted into). */
const longText = (head: Buffer, bytes: number): Buffer =>
  Buffer.concat([head, Buffer.from('\n' + 'Thủ tục hành chính. '.repeat(bytes / 20 + 1))]);

test('a content file over the readers’ limit: FILE_TOO_LARGE on noi-dung.md, as validate says, nothing built', async () => {
  const big = longText(q1Content(), MAX_OFFICE_TEXT_BYTES);
  expect(big.length).toBeGreaterThan(MAX_OFFICE_TEXT_BYTES);
  expect(big.length).toBeLessThan(4 * 1024 * 1024);
  const s = new Session(app);
  await s.get('/nop-du-lieu');
  const job = Session.jobOf(
    await s.upload('/nop-du-lieu', [
      { name: 'du_lieu', filename: 'lao-cai-2026-q1.xlsx', bytes: await q1Workbook() },
      { name: 'noi_dung', filename: 'noi-dung.md', bytes: big },
    ]),
  );
  const page = (await s.get(`/viec/${job}`)).body;
  const text = mainText(page);
  expect(text).toContain('FILE_TOO_LARGE');
  expect(text).toContain('noi-dung.md');
  expect(text).not.toContain(app.context.jobs.dir(job));
  expect(page).not.toContain(`action="/viec/${job}/lap"`);
  // The same files in a folder, read as `tthc validate` reads it.
  const folder = join(tempFolder('tthc-gioi-han-'), 'du-lieu');
  mkdirSync(folder);
  writeFileSync(join(folder, 'lao-cai-2026-q1.xlsx'), await q1Workbook());
  writeFileSync(join(folder, 'noi-dung.md'), big);
  const cli = await preparePackage({ data: join(folder, 'lao-cai-2026-q1.xlsx') });
  const codes = cli.issues.filter((i) => i.severity === 'error').map((i) => i.code);
  expect(codes).toEqual(['FILE_TOO_LARGE']);
});

test('a draft over the readers’ limit: FILE_TOO_LARGE, as audit says, nothing audited', async () => {
  const big = longText(Buffer.from('Báo cáo.'), MAX_DRAFT_TEXT_BYTES);
  expect(big.length).toBeGreaterThan(MAX_DRAFT_TEXT_BYTES);
  const file = join(tempFolder('tthc-gioi-han-'), 'du-thao.txt');
  writeFileSync(file, big);
  const cli = await auditFile(file);
  expect(cli.audited).toBe(false);
  expect(cli.findings.map((i) => i.code)).toEqual(['FILE_TOO_LARGE']);
  const s = new Session(app);
  await s.get('/soat-du-thao');
  const job = Session.jobOf(
    await s.upload('/soat-du-thao', [{ name: 'du_thao', filename: 'du-thao.txt', bytes: big }]),
  );
  // The page says the reader's message (the draft could not be read, so no table of findings).
  const text = mainText((await s.get(`/viec/${job}`)).body);
  expect(cli.findings[0]!.message).toContain('giới hạn 2 MB');
  expect(text).toContain(cli.findings[0]!.message);
  expect(text).not.toContain('Không thấy vấn đề');
});

test('a letter not in UTF-8: FILE_ENCODING from the readers of text, nothing built', async () => {
  const s = new Session(app);
  await s.get('/cong-van');
  // "Kính gửi" in Windows-1258: í is 0xED, ử is u + 0xDE (combining hook).
  const cp1258 = Buffer.from([
    ...Buffer.from('---\nso_hieu: 1\n---\nK'),
    0xed,
    ...Buffer.from('nh g'),
    0x75,
    0xde,
    ...Buffer.from('i\n'),
  ]);
  const job = Session.jobOf(
    await s.upload('/cong-van', [{ name: 'cong_van', filename: 'cong-van.md', bytes: cp1258 }]),
  );
  const text = mainText((await s.get(`/viec/${job}`)).body);
  expect(text).toContain('FILE_ENCODING');
  expect(JSON.parse((await s.get(`/viec/${job}/trang-thai`)).body).state).toBe('invalid');
});
