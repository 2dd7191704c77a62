/**
 * `tthc serve` as the compiled CLI runs it: in the worker thread of supervise.ts, like every
 * command. Its first Ctrl+C (or SIGTERM) is its own — it stops taking work and lets a running
 * build finish — and a second one stops it at once, as every other command stops: temporary
 * folders removed, INTERRUPTED, exit 130. Real signals to a real process; the outcome is
 * asserted, time only bounded generously.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/tools/project-root';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';
import { q1Content, q1Workbook } from '../helpers/web-samples';

afterAll(removeTempFolders);

const MAIN = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');

/** Generous bound on anything awaited here; far above what each step needs. */
const BOUND_MS = 60_000;

interface Server {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
  readonly out: () => string;
  readonly err: () => string;
  /** Resolves once stdout or stderr shows `text`. */
  readonly shows: (text: string) => Promise<void>;
  readonly exited: Promise<number | null>;
}

function startServe(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<Server> {
  const child = spawn('node', [MAIN, 'serve', '--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, ...env },
  });
  let out = '';
  let err = '';
  const waiting: { text: string; done: () => void }[] = [];
  const look = () => {
    for (const w of waiting.splice(0))
      if ((out + err).includes(w.text)) w.done();
      else waiting.push(w);
  };
  child.stdout.setEncoding('utf8').on('data', (c: string) => ((out += c), look()));
  child.stderr.setEncoding('utf8').on('data', (c: string) => ((err += c), look()));
  const exited = new Promise<number | null>((done) => child.on('close', done));
  const killer = setTimeout(() => child.kill('SIGKILL'), 4 * BOUND_MS);
  void exited.then(() => clearTimeout(killer));
  const shows = (text: string) =>
    new Promise<void>((done) => {
      waiting.push({ text, done });
      look();
    });
  return new Promise((resolve, reject) => {
    void exited.then((code) => reject(new Error(`serve exited (${code}):\n${out}\n${err}`)));
    void shows('http://127.0.0.1:').then(() => {
      const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
      resolve({ child, url, out: () => out, err: () => err, shows, exited });
    });
  });
}

/** One browser: its session cookie and the CSRF token of the last page read. */
class Browser {
  private cookie = '';
  private token = '';
  constructor(private readonly base: string) {}

  async send(path: string, init: RequestInit = {}): Promise<Response> {
    const r = await fetch(`${this.base}${path}`, {
      ...init,
      redirect: 'manual',
      headers: { ...(this.cookie ? { cookie: this.cookie } : {}), ...(init.headers ?? {}) },
    });
    const set = r.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    return r;
  }

  async page(path: string): Promise<string> {
    const body = await (await this.send(path)).text();
    const m = /name="_csrf" value="([^"]+)"/.exec(body);
    if (m) this.token = m[1]!;
    return body;
  }

  /** Uploads the Q1 sample workbook with its content file; returns the job's id. */
  async upload(): Promise<string> {
    await this.page('/nop-du-lieu');
    const form = new FormData();
    form.append('_csrf', this.token);
    form.append('du_lieu', new Blob([await q1Workbook()]), 'lao-cai-2026-q1.xlsx');
    form.append('noi_dung', new Blob([q1Content()]), 'noi-dung.md');
    const r = await this.send('/nop-du-lieu', { method: 'POST', body: form });
    await r.arrayBuffer();
    expect(r.status).toBe(303);
    return r.headers.get('location')!.replace('/viec/', '');
  }

  async build(job: string): Promise<void> {
    await this.page(`/viec/${job}`);
    const r = await this.send(`/viec/${job}/lap`, {
      method: 'POST',
      body: new URLSearchParams({ _csrf: this.token }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    await r.arrayBuffer();
    expect(r.status).toBe(303);
  }
}

/** Every entry under `dir`, relative, folders ending in "/". */
function entries(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const rel = `${prefix}${name}`;
    return statSync(join(dir, name)).isDirectory()
      ? [`${rel}/`, ...entries(join(dir, name), `${rel}/`)]
      : [rel];
  });
}

test(
  'SIGTERM: the server stops taking work, says so and exits 0, leaving no job behind',
  async () => {
    const data = join(tempFolder('tthc-serve-'), 'web');
    const s = await startServe(data);
    const home = await (await fetch(`${s.url}/`)).text();
    expect(home).toContain('<h1>Trang chính</h1>');
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    expect(s.out()).toContain('Đang dừng: không nhận thêm việc');
    expect(s.out()).toContain('Đã dừng máy chủ.');
    expect(s.err()).not.toContain('INTERRUPTED');
    expect(entries(join(data, 'jobs'))).toEqual([]);
  },
  BOUND_MS,
);

test(
  'a build running at the first Ctrl+C is waited for; a second Ctrl+C stops at once, no temporary folder left',
  async () => {
    const data = join(tempFolder('tthc-serve-'), 'web');
    // The build holds with its package complete in a temporary folder, not yet in place.
    const s = await startServe(data, { TTHC_TEST_HOLD_BEFORE_COMMIT: '600000' });
    const b = new Browser(s.url);
    const job = await b.upload();
    await b.build(job);
    await s.shows('TTHC_TEST_HOLD');
    const held = entries(join(data, 'jobs', job)).filter((e) => e.includes('.tmp-'));
    expect(held.length).toBeGreaterThan(0);
    s.child.kill('SIGINT');
    // The first is the server's own: it waits for the build (which holds for ten minutes).
    await s.shows('Đang dừng: không nhận thêm việc');
    expect(s.child.exitCode).toBeNull();
    s.child.kill('SIGINT');
    expect(await s.exited).toBe(130);
    expect(s.err()).toContain('LỖI [INTERRUPTED] Đã dừng theo yêu cầu (SIGINT)');
    expect(s.out()).not.toContain('Đã dừng máy chủ.');
    // Removed by the thread that watched the run: no temporary folder, no package half-made.
    const left = entries(join(data, 'jobs', job));
    expect(left.filter((e) => e.includes('.tmp-'))).toEqual([]);
    expect(left.filter((e) => e.startsWith('output/lao-cai-2026-q1'))).toEqual([]);
  },
  3 * BOUND_MS,
);
