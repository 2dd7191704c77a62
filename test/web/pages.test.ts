// Every page answers in Vietnamese with the security headers, a session of its own and no
// stack trace; one session never sees another's jobs.
import { existsSync } from 'node:fs';
import type { WebApp } from '../../src/web/server';
import { SECURITY_HEADERS } from '../../src/web/security/headers';
import { removeTempFolders } from '../helpers/sample-copy';
import { mainText, Session, testApp } from '../helpers/web-app';
import { q1Content, q1Json } from '../helpers/web-samples';

let app: WebApp;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => {
  await app.stop();
  removeTempFolders();
});

const PAGES: readonly [string, string][] = [
  ['/', 'Trang chính'],
  ['/bat-dau', 'Bắt đầu kỳ báo cáo'],
  ['/nop-du-lieu', 'Nộp dữ liệu'],
  ['/lap-van-ban', 'Lập văn bản'],
  ['/soat-du-thao', 'Soát dự thảo'],
  ['/kiem-tra-the-thuc', 'Kiểm tra thể thức'],
  ['/cong-van', 'Công văn'],
];

test.each(PAGES)('%s: its Vietnamese title, the headers, a session cookie', async (url, title) => {
  const r = await new Session(app).get(url);
  expect(r.status).toBe(200);
  expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(r.body).toContain('<html lang="vi">');
  expect(r.body).toContain(`<h1>${title}</h1>`);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(r.headers[name]).toBe(value);
  expect(String(r.headers['set-cookie'])).toMatch(
    /^tthc_phien=[A-Za-z0-9_-]{43}; Max-Age=86400; Path=\/; HttpOnly; SameSite=Lax$/,
  );
});

test('every form carries the session’s token first', async () => {
  for (const [url] of PAGES) {
    const body = (await new Session(app).get(url)).body;
    const forms = [
      ...body.matchAll(/<form[^>]*>\s*<input type="hidden" name="_csrf" value="[^"]+"\s*\/?>/g),
    ];
    expect(forms.length).toBe((body.match(/<form/g) ?? []).length);
  }
});

test('the script and the stylesheet are served, nothing else from disk by name', async () => {
  const s = new Session(app);
  expect((await s.get('/static/app.js')).headers['content-type']).toBe(
    'text/javascript; charset=utf-8',
  );
  expect((await s.get('/static/style.css')).status).toBe(200);
  for (const url of [
    '/static/../package.json',
    '/static/..%2F..%2Fpackage.json',
    '/static/server.ts',
  ])
    expect((await s.get(url)).status).toBe(404);
});

test('an unknown page: 404 in words, no trace of the program', async () => {
  const r = await new Session(app).get('/khong-co');
  expect(r.status).toBe(404);
  expect(mainText(r.body)).toContain('Không có trang hoặc việc này.');
  expect(r.body).not.toMatch(/at .*\.(ts|js):\d+|Error:|node_modules/);
});

test('a malformed request: 400 in words, no stack', async () => {
  const s = new Session(app);
  await s.get('/');
  const r = await s.request('POST', '/bat-dau', '{"a":', { 'content-type': 'application/json' });
  expect(r.status).toBe(400);
  expect(r.body).not.toMatch(/at .*\.(ts|js):\d+|SyntaxError|node_modules/);
});

test('a name other than this machine’s (DNS rebinding): refused while bound to 127.0.0.1', async () => {
  const r = await new Session(app).get('/', { host: 'evil.example:8080' });
  expect(r.status).toBe(421);
  expect((await new Session(app).get('/', { host: 'localhost:8080' })).status).toBe(200);
});

describe('sessions', () => {
  let a: Session;
  let b: Session;
  let job: string;
  beforeAll(async () => {
    a = new Session(app);
    b = new Session(app);
    await a.get('/nop-du-lieu');
    await b.get('/nop-du-lieu');
    const sent = await a.upload('/nop-du-lieu', [
      { name: 'du_lieu', filename: 'lao-cai-2026-q1.json', bytes: q1Json() },
      { name: 'noi_dung', filename: 'noi-dung.md', bytes: q1Content() },
    ]);
    job = Session.jobOf(sent);
  });

  test('a job id is 24 unguessable characters', () => {
    expect(job).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  test('the owner sees the job in the list and on its page', async () => {
    expect((await a.get('/')).body).toContain(`/viec/${job}`);
    expect((await a.get(`/viec/${job}`)).status).toBe(200);
  });

  test('another session sees none of it, and cannot build or remove it', async () => {
    expect((await b.get('/')).body).not.toContain(job);
    expect((await b.get('/lap-van-ban')).body).not.toContain(job);
    expect((await b.get(`/viec/${job}`)).status).toBe(404);
    expect((await b.get(`/viec/${job}/trang-thai`)).status).toBe(404);
    expect((await b.get(`/viec/${job}/tep/model.json`)).status).toBe(404);
    expect((await b.get(`/viec/${job}/ca-bo.zip`)).status).toBe(404);
    expect((await b.form(`/viec/${job}/lap`, {})).status).toBe(404);
    expect((await b.form(`/viec/${job}/xoa`, {})).status).toBe(404);
    // The other session's datasets are not offered to compare with either.
    expect((await b.get('/soat-du-thao')).body).not.toContain(job);
    expect((await a.get(`/viec/${job}`)).status).toBe(200);
  });

  test('a browser without the cookie is a new session', async () => {
    const c = new Session(app);
    expect((await c.get(`/viec/${job}`)).status).toBe(404);
  });

  test('the owner removes the job: its folder goes', async () => {
    const dir = app.context.jobs.dir(job);
    expect((await a.form(`/viec/${job}/xoa`, {}, 'sai')).status).toBe(403);
    const r = await a.form(`/viec/${job}/xoa`, {});
    expect(r.status).toBe(303);
    expect(existsSync(dir)).toBe(false);
    expect((await a.get(`/viec/${job}`)).status).toBe(404);
  });
});
