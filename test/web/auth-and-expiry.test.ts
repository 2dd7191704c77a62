// Beyond localhost the app asks a password, kept hashed, with guessing slowed down; jobs are
// removed after the time the server keeps them.
import { existsSync } from 'node:fs';
import type { WebApp } from '../../src/web/server';
import { checkPassword, newAccessPassword } from '../../src/web/security/password';
import { removeTempFolders } from '../helpers/sample-copy';
import { mainText, Session, testApp } from '../helpers/web-app';
import { q1Json } from '../helpers/web-samples';

afterAll(removeTempFolders);

describe('listening beyond this machine', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await testApp({ host: '0.0.0.0', password: 'mat-khau-van-phong' });
  });
  afterAll(() => app.stop());

  test('the password is kept only as a scrypt hash', () => {
    const p = app.context.password!;
    expect(p.hash.length).toBe(32);
    expect(p.salt.length).toBe(16);
    expect(JSON.stringify(app.context)).not.toContain('mat-khau-van-phong');
    expect(checkPassword('mat-khau-van-phong', p)).toBe(true);
  });

  test('every page but the sign-in sends to it; a wrong password is refused', async () => {
    const s = new Session(app);
    const home = await s.get('/');
    expect(home.status).toBe(303);
    expect(home.headers.location).toBe('/dang-nhap');
    expect((await s.get('/viec/AAAAAAAAAAAAAAAAAAAAAAAA')).headers.location).toBe('/dang-nhap');
    const login = await s.get('/dang-nhap');
    expect(login.status).toBe(200);
    expect(mainText(login.body)).toContain('cần mật khẩu');
    const wrong = await s.form('/dang-nhap', { mat_khau: 'sai' });
    expect(wrong.status).toBe(401);
    expect(mainText(wrong.body)).toContain('Mật khẩu không đúng.');
  });

  test('the right password: a new session, signed in', async () => {
    const s = new Session(app);
    await s.get('/dang-nhap');
    const before = s.cookie;
    const r = await s.form('/dang-nhap', { mat_khau: 'mat-khau-van-phong' });
    expect(r.status).toBe(303);
    expect(s.cookie).not.toBe(before);
    expect((await s.get('/')).status).toBe(200);
    // Signing out ends it.
    await s.form('/dang-xuat', {});
    expect((await s.get('/')).headers.location).toBe('/dang-nhap');
  });

  test('five wrong passwords from one address: it must wait', async () => {
    const s = new Session(app);
    await s.get('/dang-nhap');
    for (let i = 0; i < 5; i++) await s.form('/dang-nhap', { mat_khau: `sai-${i}` });
    const r = await s.form('/dang-nhap', { mat_khau: 'mat-khau-van-phong' });
    expect(r.status).toBe(429);
    expect(mainText(r.body)).toContain('Nhập sai quá nhiều lần.');
  });

  test('the sign-in form needs the token too', async () => {
    const s = new Session(app);
    await s.get('/dang-nhap');
    expect((await s.form('/dang-nhap', { mat_khau: 'x' }, 'sai')).status).toBe(403);
  });

  test('without a password, the app refuses to start beyond localhost', async () => {
    await expect(testApp({ host: '0.0.0.0' })).rejects.toThrow('password');
  });

  test('a made password: 4 groups of 4 letters easy to read out', () => {
    expect(newAccessPassword()).toMatch(/^[a-hj-km-np-z2-9]{4}(-[a-hj-km-np-z2-9]{4}){3}$/);
  });
});

describe('expiry', () => {
  test('a job older than the time kept is removed when the server (re)starts', async () => {
    let clock = Date.UTC(2026, 2, 16, 8);
    const app = await testApp({ keepHours: 2, now: () => clock });
    const s = new Session(app);
    await s.get('/nop-du-lieu');
    const job = Session.jobOf(
      await s.upload('/nop-du-lieu', [{ name: 'du_lieu', filename: 'd.json', bytes: q1Json() }]),
    );
    const dir = app.context.jobs.dir(job);
    await app.stop();
    clock += 60 * 60_000;
    const soon = await testApp({
      dataDir: app.context.options.dataDir,
      keepHours: 2,
      now: () => clock,
    });
    expect(existsSync(dir)).toBe(true);
    await soon.stop();
    clock += 2 * 60 * 60_000;
    const later = await testApp({
      dataDir: app.context.options.dataDir,
      keepHours: 2,
      now: () => clock,
    });
    expect(existsSync(dir)).toBe(false);
    const again = new Session(later);
    again.cookie = s.cookie;
    expect((await again.get(`/viec/${job}`)).status).toBe(404);
    await later.stop();
  });
});
