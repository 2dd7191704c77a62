// The bounded build queue ("busy" when full) and the clean stop (running builds finished or
// cancelled, waiting ones cancelled, no temporary folder left), with a converter that holds.
import type { WebApp } from '../../src/web/server';
import { WorkQueue, QueueStopped } from '../../src/web/jobs/work-queue';
import { HeldConverter } from '../helpers/held-converter';
import { removeTempFolders } from '../helpers/sample-copy';
import { allEntries, mainText, Session, testApp } from '../helpers/web-app';
import { q1Content, q1Json } from '../helpers/web-samples';

afterAll(removeTempFolders);

async function datasets(app: WebApp, n: number): Promise<{ s: Session; jobs: string[] }> {
  const s = new Session(app);
  await s.get('/nop-du-lieu');
  const jobs: string[] = [];
  for (let i = 0; i < n; i++)
    jobs.push(
      Session.jobOf(
        await s.upload('/nop-du-lieu', [
          { name: 'du_lieu', filename: 'lao-cai-2026-q1.json', bytes: q1Json() },
          { name: 'noi_dung', filename: 'noi-dung.md', bytes: q1Content() },
        ]),
      ),
    );
  return { s, jobs };
}

describe('WorkQueue', () => {
  test('runs at most N, keeps at most M waiting, refuses beyond, in order', async () => {
    const q = new WorkQueue(1, 1);
    const order: string[] = [];
    let free!: () => void;
    const first = q.submit('a', () =>
      new Promise<void>((done) => (free = done)).then(() => void order.push('a')),
    );
    const second = q.submit('b', async () => void order.push('b'));
    expect(q.submit('c', async () => undefined)).toBeNull();
    expect([q.position('a'), q.position('b'), q.position('c')]).toEqual([0, 1, -1]);
    free();
    await Promise.all([first, second]);
    expect(order).toEqual(['a', 'b']);
    expect(q.counts).toEqual({ running: 0, waiting: 0 });
  });

  test('stop cancels the waiting tasks, lets the running one end, takes no more', async () => {
    const q = new WorkQueue(1, 5);
    let free!: () => void;
    const running = q.submit('a', () => new Promise<void>((done) => (free = done)));
    const waiting = q.submit('b', async () => 'b');
    q.stop();
    await expect(waiting).rejects.toBeInstanceOf(QueueStopped);
    expect(q.submit('c', async () => undefined)).toBeNull();
    const idle = q.idle();
    free();
    await running;
    await idle;
  });
});

describe('a full build queue', () => {
  let app: WebApp;
  let held: HeldConverter;
  let s: Session;
  let jobs: string[];
  beforeAll(async () => {
    held = new HeldConverter();
    app = await testApp({ pdf: true, converter: held, builds: 1, queue: 1 });
    ({ s, jobs } = await datasets(app, 3));
  });
  afterAll(() => app.stop());

  test('one build runs, one waits, the third is told "busy" and nothing of it changes', async () => {
    const [a, b, c] = jobs as [string, string, string];
    expect((await s.form(`/viec/${a}/lap`, { pdf: '1' })).status).toBe(303);
    await held.reached(1);
    expect((await s.form(`/viec/${b}/lap`, { pdf: '1' })).status).toBe(303);
    expect(mainText((await s.get(`/viec/${b}`)).body)).toContain('Đang chờ đến lượt…');
    const busy = await s.form(`/viec/${c}/lap`, { pdf: '1' });
    expect(busy.status).toBe(503);
    expect(busy.headers['retry-after']).toBe('60');
    expect(mainText(busy.body)).toContain(
      'Máy chủ đang lập 1 bộ văn bản và có 1 việc đang chờ, không nhận thêm lúc này. Hãy thử lại sau ít phút.',
    );
    expect(JSON.parse((await s.get(`/viec/${c}/trang-thai`)).body).state).toBe('checked');
    held.open();
    expect(await s.waitForBuild(a)).toBe('refused');
    expect(await s.waitForBuild(b)).toBe('refused');
    // LibreOffice's failure is shown with the file, and nothing was written.
    const page = mainText((await s.get(`/viec/${a}`)).body);
    expect(page).toContain('không có tệp nào được ghi');
    expect(page).toContain('PDF_CONVERSION_FAILED');
    expect(allEntries(app.context.jobs.dir(a)).filter((e) => e.startsWith('output/'))).toEqual([
      'output/',
    ]);
    // With room again, the third builds.
    expect((await s.form(`/viec/${c}/lap`, { pdf: '1' })).status).toBe(303);
    expect(await s.waitForBuild(c)).toBe('refused');
  });
});

describe('stopping the server', () => {
  test('a build still running past the grace time is cancelled, its temporary folder removed; a waiting one is cancelled', async () => {
    const held = new HeldConverter();
    const app = await testApp({ pdf: true, converter: held, builds: 1, queue: 2, stopGraceMs: 50 });
    const { s, jobs } = await datasets(app, 2);
    const [a, b] = jobs as [string, string];
    await s.form(`/viec/${a}/lap`, { pdf: '1' });
    await held.reached(1);
    await s.form(`/viec/${b}/lap`, { pdf: '1' });
    // The running build is inside its temporary folder, waiting for LibreOffice.
    expect(allEntries(app.context.jobs.dir(a)).some((e) => e.includes('.tmp-'))).toBe(true);
    const { cancelled } = await app.stop();
    expect(cancelled).toBe(1);
    expect(held.closed).toBe(true);
    expect(app.context.jobs.get(a, app.context.jobs.all()[0]!.owner)?.state).toBe('cancelled');
    const states = app.context.jobs.all().map((j) => j.state);
    expect(states.sort()).toEqual(['cancelled', 'cancelled']);
    expect(allEntries(app.context.options.dataDir).filter((e) => e.includes('.tmp'))).toEqual([]);
  });

  test('a build that ends within the grace time is finished', async () => {
    const app = await testApp({ builds: 1 });
    const { s, jobs } = await datasets(app, 1);
    const [a] = jobs as [string];
    await s.form(`/viec/${a}/lap`, {});
    expect(app.context.builds.position(a)).toBe(0);
    const { cancelled } = await app.stop();
    expect(cancelled).toBe(0);
    expect(app.context.jobs.all()[0]!.state).toBe('built');
  });

  test('a server started again on the same folder finds the session’s jobs', async () => {
    const first = await testApp();
    const { s, jobs } = await datasets(first, 1);
    await first.stop();
    const again = await testApp({ dataDir: first.context.options.dataDir });
    const same = new Session(again);
    same.cookie = s.cookie;
    expect((await same.get(`/viec/${jobs[0]}`)).status).toBe(200);
    expect((await new Session(again).get(`/viec/${jobs[0]}`)).status).toBe(404);
    await again.stop();
  });
});
