// Step 2 through the routes: an upload of the sample in each format, a broken workbook's issue
// table, and every rule about uploads (token, size, count, type, zip guard, names).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { preparePackage } from '../../src/pipeline/prepare-package';
import { zipBytes } from '../../src/tools/zip-bytes';
import type { WebApp } from '../../src/web/server';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';
import { allEntries, jobFolders, mainText, Session, testApp } from '../helpers/web-app';
import { brokenQ1Workbook, q1Content, q1Json, q1Workbook, q1Zip } from '../helpers/web-samples';

let app: WebApp;
beforeAll(async () => {
  app = await testApp({ maxUploadBytes: 1024 * 1024, maxFiles: 4 });
});
afterAll(async () => {
  await app.stop();
  removeTempFolders();
});

async function session(): Promise<Session> {
  const s = new Session(app);
  await s.get('/nop-du-lieu');
  return s;
}

const content = () => ({ name: 'noi_dung', filename: 'noi-dung.md', bytes: q1Content() });

describe('a correct upload', () => {
  test.each([
    ['the filled init workbook', 'lao-cai-2026-q1.xlsx', q1Workbook, true],
    ['the CSV folder as a zip', 'lao-cai-2026-q1.zip', async () => q1Zip(), false],
    ['a JSON file', 'lao-cai-2026-q1.json', async () => Buffer.from(q1Json()), true],
  ])(
    '%s: valid, with the summary figures and a build button',
    async (_, filename, bytes, withContent) => {
      const s = await session();
      const files = [{ name: 'du_lieu', filename, bytes: await bytes() }];
      const sent = await s.upload('/nop-du-lieu', withContent ? [...files, content()] : files);
      const job = Session.jobOf(sent);
      const page = await s.get(`/viec/${job}`);
      expect(page.status).toBe(200);
      const text = mainText(page.body);
      expect(text).toContain('Dữ liệu hợp lệ: Lào Cai, Quý I năm 2026, 115 đơn vị.');
      // tom-tat.txt's figures, as seed 003 prints them.
      expect(text).toContain('Hồ sơ tiếp nhận: 176.319 (trực tuyến 148.977)');
      expect(text).toContain('Công bố: 76 quyết định, 1.008 TTHC');
      expect(page.body).toContain(`action="/viec/${job}/lap"`);
      expect(text).toContain(`Lào Cai, Quý I năm 2026 (${filename})`);
      // The session's list names it.
      expect((await s.get('/')).body).toContain(`/viec/${job}`);
    },
  );
});

describe('a broken workbook', () => {
  let s: Session;
  let page: string;
  let bytes: Buffer;
  beforeAll(async () => {
    s = await session();
    bytes = await brokenQ1Workbook();
    const sent = await s.upload('/nop-du-lieu', [
      { name: 'du_lieu', filename: 'lao-cai-2026-q1.xlsx', bytes },
      content(),
    ]);
    page = (await s.get(`/viec/${Session.jobOf(sent)}`)).body;
  });

  test('says that nothing can be built, and offers no build', () => {
    expect(mainText(page)).toContain('Dữ liệu có 2 lỗi: chưa lập được văn bản');
    expect(page).not.toContain('/lap"');
  });

  test('names each cell as Sheet!Cell with the column’s Vietnamese header, errors first', () => {
    const rows = [...page.matchAll(/<tr class="(error|warning)">([\s\S]*?)<\/tr>/g)];
    const cells = rows.map((r) => mainText(r[2]!));
    expect(rows.map((r) => r[1])).toEqual(['error', 'error']);
    expect(cells[0]).toContain('HoSo!E2');
    expect(cells[0]).toContain('Tiếp nhận trực tuyến tiep_nhan_truc_tuyen');
    expect(cells[1]).toContain('HoSo!F3');
    expect(cells[1]).toContain('Tiếp nhận trực tiếp và qua BCCI');
  });

  test('shows exactly the issues `tthc validate` reports for the same file', async () => {
    const dir = tempFolder('tthc-web-broken-');
    writeFileSync(join(dir, 'lao-cai-2026-q1.xlsx'), bytes);
    writeFileSync(join(dir, 'noi-dung.md'), q1Content());
    const prepared = await preparePackage({ data: join(dir, 'lao-cai-2026-q1.xlsx') });
    const shown = mainText(page);
    expect(prepared.issues.length).toBe(2);
    for (const issue of prepared.issues) {
      expect(shown).toContain(mainText(issue.message));
      expect(shown).toContain(issue.code);
    }
  });
});

describe('refused uploads leave nothing behind', () => {
  const before = () => jobFolders(app).length;

  test('without the CSRF token: 403, no job', async () => {
    const s = await session();
    const n = before();
    const r = await s.upload(
      '/nop-du-lieu',
      [{ name: 'du_lieu', filename: 'a.xlsx', bytes: await q1Workbook() }],
      {},
      null,
    );
    expect(r.status).toBe(403);
    expect(mainText(r.body)).toContain('Biểu mẫu đã cũ hoặc không gửi từ trang của ứng dụng');
    expect(jobFolders(app).length).toBe(n);
  });

  test('with another session’s token: 403', async () => {
    const a = await session();
    const b = await session();
    const r = await b.upload(
      '/nop-du-lieu',
      [{ name: 'du_lieu', filename: 'a.xlsx', bytes: await q1Workbook() }],
      {},
      a.token,
    );
    expect(r.status).toBe(403);
  });

  test('a form posted from another site: 403 before the token is read', async () => {
    const s = await session();
    const r = await s.request('POST', '/bat-dau', `_csrf=${s.token}&tinh=15&ky=Q1&nam=2026`, {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'http://evil.example',
    });
    expect(r.status).toBe(403);
  });

  test('a file over the size limit: 413 in words, no job', async () => {
    const s = await session();
    const n = before();
    const big = Buffer.alloc(1024 * 1024 + 10, 65);
    const r = await s.upload('/nop-du-lieu', [
      { name: 'du_lieu', filename: 'lon.json', bytes: big },
    ]);
    expect(r.status).toBe(413);
    expect(mainText(r.body)).toContain('Tệp quá lớn: mỗi tệp tối đa 1 MB.');
    expect(jobFolders(app).length).toBe(n);
  });

  test('more files than allowed: 413', async () => {
    const s = await session();
    const n = before();
    const one = { name: 'du_lieu', filename: 'a.json', bytes: '{}' };
    const r = await s.upload('/nop-du-lieu', [
      one,
      { ...one, name: 'noi_dung', filename: 'a.md' },
      { ...one, name: 'mau', filename: 'a.docx' },
      { ...one, name: 'cong_van', filename: 'b.md' },
      { ...one, name: 'chu_thich', filename: 'c.yaml' },
    ]);
    expect(r.status).toBe(413);
    expect(jobFolders(app).length).toBe(n);
  });

  test('a file of the wrong type: 415, saying which types', async () => {
    const s = await session();
    const r = await s.upload('/nop-du-lieu', [
      { name: 'du_lieu', filename: 'du-lieu.exe', bytes: 'MZ' },
    ]);
    expect(r.status).toBe(415);
    expect(mainText(r.body)).toContain(
      'Tệp "du-lieu.exe" không đúng loại: ở ô này cần .xlsx, .zip hoặc .json.',
    );
  });

  test('a zip bomb: refused by the zip guard, no job', async () => {
    const s = await session();
    const n = before();
    const zip = new PizZip();
    zip.file('HoSo.csv', Buffer.alloc(20 * 1024 * 1024, 48));
    const bomb = zipBytes(zip);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const r = await s.upload('/nop-du-lieu', [
      { name: 'du_lieu', filename: 'bom.zip', bytes: bomb },
    ]);
    expect(r.status).toBe(422);
    expect(mainText(r.body)).toContain('Tệp .zip vượt giới hạn an toàn (tỷ lệ nén (HoSo.csv)');
    expect(jobFolders(app).length).toBe(n);
  });

  test('a zip without any CSV file', async () => {
    const s = await session();
    const zip = new PizZip();
    zip.file('ghi-chu.txt', 'không có bảng');
    const r = await s.upload('/nop-du-lieu', [
      { name: 'du_lieu', filename: 'rong.zip', bytes: zip.generate({ type: 'nodebuffer' }) },
    ]);
    expect(r.status).toBe(422);
    expect(mainText(r.body)).toContain('Tệp .zip không chứa tệp CSV nào.');
  });
});

describe('names from the request are never paths', () => {
  test('a traversal file name is stored inside the job, under a cleaned name', async () => {
    const s = await session();
    const sent = await s.upload('/nop-du-lieu', [
      { name: 'du_lieu', filename: '../../../../tmp/Dữ liệu Lào Cai.json', bytes: q1Json() },
    ]);
    const job = Session.jobOf(sent);
    const entries = allEntries(app.context.jobs.dir(job));
    expect(entries).toContain('input/du-lieu-lao-cai.json');
    expect(existsSync('/tmp/Dữ liệu Lào Cai.json')).toBe(false);
    // Shown by the name's last part, as the official named the file.
    expect(mainText((await s.get(`/viec/${job}`)).body)).toContain('Dữ liệu: Dữ liệu Lào Cai.json');
  });

  test('zip entries with ".." are unpacked flat into the job’s folder', async () => {
    const s = await session();
    const zip = new PizZip();
    zip.file('../../../ngoai/HoSo.csv', 'ma_don_vi\n');
    zip.file('a/../../DonVi.csv', 'ma_don_vi\n');
    const sent = await s.upload('/nop-du-lieu', [
      { name: 'du_lieu', filename: 'x.zip', bytes: zip.generate({ type: 'nodebuffer' }) },
    ]);
    const job = Session.jobOf(sent);
    expect(allEntries(app.context.jobs.dir(job)).filter((e) => e.startsWith('input/'))).toEqual([
      'input/',
      'input/x/',
      'input/x/DonVi.csv',
      'input/x/HoSo.csv',
    ]);
  });

  test('data named like a text of the folder does not take its place', async () => {
    const s = await session();
    const sent = await s.upload('/nop-du-lieu', [
      { name: 'du_lieu', filename: 'chu-thich.json', bytes: q1Json() },
    ]);
    const entries = allEntries(app.context.jobs.dir(Session.jobOf(sent)));
    expect(entries).toContain('input/du-lieu-chu-thich.json');
    expect(entries).not.toContain('input/chu-thich.json');
  });

  test('a job id that is a path: not found', async () => {
    const s = await session();
    for (const url of ['/viec/..%2F..%2Fetc', '/viec/../jobs', '/viec/%2e%2e/tep/job.json'])
      expect((await s.get(url)).status).toBe(404);
  });
});
