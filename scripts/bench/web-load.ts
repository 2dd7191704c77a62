/**
 * The load test of `tthc serve` (issue 15), run by `npm run bench -- --only web`: the server as
 * its own process on 127.0.0.1, then
 *
 *   1. 20 officials at once, each uploading the sample workbook with its content file, building
 *      it (with PDF through the server's warm LibreOffice pool when LibreOffice is installed),
 *      following the progress, downloading the report and checking "176.319" in it, removing
 *      the job;
 *   2. 200 uploads checked as `tthc validate` checks them (20 at a time), each page read for
 *      "Dữ liệu hợp lệ", each job removed.
 *
 * Every answer is checked; at the end the server is stopped with SIGTERM and its data folder
 * must hold no job and no temporary folder. Prints the figures and writes them into
 * docs/performance.md between the bench-web markers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocxText } from '../../src/ooxml/docx-text';
import { findProgram } from '../../src/render/pdf/pdf-tools';
import { PDFTOTEXT, sofficeCommand } from '../../src/tools/programs';
import { projectRoot } from '../../src/tools/project-root';
import { sampleWorkbook } from '../sample-workbook';
import { markers } from './report-table';
import { spread } from './stats';

const ROOT = projectRoot();
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const SAMPLE = join(ROOT, 'data', 'lao-cai-2026-q1');

export interface WebLoadOptions {
  readonly builds: number;
  readonly checks: number;
  readonly concurrency: number;
}

/** One official's browser: its session cookie and the token of the last page. */
class Client {
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
    const r = await this.send(path);
    const body = await r.text();
    if (r.status !== 200) throw new Error(`GET ${path}: ${r.status}`);
    const m = /name="_csrf" value="([^"]+)"/.exec(body);
    if (m) this.token = m[1]!;
    return body;
  }

  /** Uploads the sample; returns the job's id. */
  async upload(workbook: Buffer, content: Buffer): Promise<string> {
    const form = new FormData();
    form.append('_csrf', this.token);
    form.append('du_lieu', new Blob([workbook]), 'lao-cai-2026-q1.xlsx');
    form.append('noi_dung', new Blob([content]), 'noi-dung.md');
    const r = await this.send('/nop-du-lieu', { method: 'POST', body: form });
    const to = r.headers.get('location') ?? '';
    await r.arrayBuffer();
    if (r.status !== 303 || !to.startsWith('/viec/')) throw new Error(`upload: ${r.status}`);
    return to.slice('/viec/'.length);
  }

  async post(path: string, fields: Record<string, string>): Promise<Response> {
    const body = new URLSearchParams({ _csrf: this.token, ...fields }).toString();
    const r = await this.send(path, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    await r.arrayBuffer();
    return r;
  }

  async state(job: string): Promise<{ state: string; done: boolean }> {
    const r = await this.send(`/viec/${job}/trang-thai`);
    return (await r.json()) as { state: string; done: boolean };
  }

  async bytes(path: string): Promise<Buffer> {
    const r = await this.send(path);
    if (r.status !== 200) throw new Error(`GET ${path}: ${r.status}`);
    return Buffer.from(await r.arrayBuffer());
  }
}

/** Starts `tthc serve` on a free port; resolves with its address once it listens. */
function startServer(
  dataDir: string,
  builds: number,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      CLI,
      'serve',
      '--port',
      '0',
      '--data-dir',
      dataDir,
      '--builds',
      '2',
      '--queue',
      String(builds + 5),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve({ child, url: m[1]! });
    });
    child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('exit', (code) =>
      reject(new Error(`tthc serve exited (${code}) before listening:\n${out}`)),
    );
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Runs `task(i)` for i < n with at most `width` at once. */
async function pool<T>(n: number, width: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, n) }, async () => {
      while (next < n) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

interface Outcome {
  readonly ok: boolean;
  readonly ms: number;
  readonly problem?: string;
}

/** Every entry of a folder, for "nothing left behind". */
function entries(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const rel = `${prefix}${name}`;
    return statSync(path).isDirectory() ? [`${rel}/`, ...entries(path, `${rel}/`)] : [rel];
  });
}

const time = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const p95 = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
};

/** Runs the load test; returns the markdown block for docs/performance.md. */
export async function webLoad(o: WebLoadOptions): Promise<string> {
  const pdf = findProgram(sofficeCommand()) !== null && findProgram(PDFTOTEXT) !== null;
  const load = loadavg()[0]!;
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'tthc-web-load-'));
  const workbook = await sampleWorkbook(SAMPLE);
  const content = readFileSync(join(SAMPLE, 'noi-dung.md'));
  const { child, url } = await startServer(dataDir, o.builds);
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  try {
    // 1. Uploads and builds.
    process.stderr.write(
      `web: ${o.builds} uploads and builds at once${pdf ? ' (with PDF)' : ''}\n`,
    );
    const buildStart = performance.now();
    const builds = await pool(
      o.builds,
      o.builds,
      async (): Promise<Outcome & { upload: number }> => {
        const c = new Client(url);
        const start = performance.now();
        try {
          await c.page('/nop-du-lieu');
          const job = await c.upload(workbook, content);
          const upload = performance.now() - start;
          await c.page(`/viec/${job}`);
          const r = await c.post(`/viec/${job}/lap`, pdf ? { pdf: '1' } : {});
          if (r.status !== 303) return { ok: false, ms: 0, upload, problem: `build: ${r.status}` };
          let s = await c.state(job);
          for (let i = 0; !s.done && i < 6000; i++) {
            await sleep(250);
            s = await c.state(job);
          }
          const page = await c.page(`/viec/${job}`);
          const docx = await c.bytes(`/viec/${job}/tep/bao-cao.docx`);
          const text = readDocxText(docx)
            .body.map((p) => p.text)
            .join('\n');
          const files = pdf ? 'Đã lập 9 tệp.' : 'Đã lập 5 tệp.';
          const ok = s.state === 'built' && page.includes(files) && text.includes('176.319');
          if (pdf && ok) await c.bytes(`/viec/${job}/tep/tron-bo.pdf`);
          const removed = await c.post(`/viec/${job}/xoa`, {});
          const ms = performance.now() - start;
          process.stderr.write('.');
          return {
            ok: ok && removed.status === 303,
            ms,
            upload,
            ...(ok ? {} : { problem: s.state }),
          };
        } catch (err) {
          return { ok: false, ms: performance.now() - start, upload: 0, problem: String(err) };
        }
      },
    );
    const buildWall = performance.now() - buildStart;
    process.stderr.write(`\nweb: ${o.checks} uploads checked, ${o.concurrency} at a time\n`);

    // 2. Validations.
    const checkStart = performance.now();
    const checks = await pool(o.checks, o.concurrency, async (): Promise<Outcome> => {
      const c = new Client(url);
      try {
        await c.page('/nop-du-lieu');
        const start = performance.now();
        const job = await c.upload(workbook, content);
        const page = await c.page(`/viec/${job}`);
        const ms = performance.now() - start;
        const ok = page.includes('Dữ liệu hợp lệ: Lào Cai, Quý I năm 2026, 115 đơn vị.');
        const removed = await c.post(`/viec/${job}/xoa`, {});
        return { ok: ok && removed.status === 303, ms };
      } catch (err) {
        return { ok: false, ms: 0, problem: String(err) };
      }
    });
    const checkWall = performance.now() - checkStart;

    child.kill('SIGTERM');
    const code = await exited;
    const left = entries(dataDir);
    const jobsLeft = left.filter((e) => /^jobs\/[^/]+\/$/.test(e)).length;
    const tmpLeft = left.filter((e) => e.includes('.tmp')).length;
    const bad = [...builds, ...checks].filter((r) => !r.ok);
    for (const b of bad) console.error(`wrong answer: ${b.problem ?? 'unexpected page'}`);

    const buildTimes = builds.map((b) => b.ms);
    const uploadTimes = builds.map((b) => b.upload);
    const checkTimes = checks.map((c) => c.ms);
    const rows = [
      [
        `${o.builds} officials at once: upload of the sample workbook, build${pdf ? ' with PDF (warm pool of 1 LibreOffice, 2 builds at a time)' : ' (no LibreOffice here: without PDF)'}, report downloaded and checked, job removed`,
        `${((o.builds / buildWall) * 60_000).toFixed(1)} packages/min (all done in ${time(buildWall)})`,
        time(spread(buildTimes).median),
        time(p95(buildTimes)),
        `${builds.filter((b) => b.ok).length}/${o.builds}`,
      ],
      [
        '… of which the upload and its check, under that load',
        '',
        time(spread(uploadTimes).median),
        time(p95(uploadTimes)),
        '',
      ],
      [
        `${o.checks} uploads checked as \`tthc validate\` checks them, ${o.concurrency} at a time (2 checks run at once, the others wait in the queue)`,
        `${(o.checks / (checkWall / 1000)).toFixed(1)} uploads/s`,
        time(spread(checkTimes).median),
        time(p95(checkTimes)),
        `${checks.filter((c) => c.ok).length}/${o.checks}`,
      ],
    ];
    const { begin, end } = markers('bench-web');
    const block = [
      begin,
      '',
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}, load average ${load.toFixed(2)} at the start; ` +
        `\`tthc serve\` as its own process on 127.0.0.1, driven over HTTP. ` +
        `After SIGTERM (exit code ${code}): ${jobsLeft} job folders and ${tmpLeft} temporary folders left in the data folder.`,
      '',
      '| load | throughput | median | p95 | correct answers |',
      '| --- | --- | ---: | ---: | ---: |',
      ...rows.map((r) => `| ${r.join(' | ')} |`),
      '',
      end,
    ].join('\n');
    if (bad.length > 0 || jobsLeft > 0 || tmpLeft > 0 || code !== 0)
      throw new Error(
        `${block}\n\nthe load test failed: ${bad.length} wrong answers, ${jobsLeft} jobs and ${tmpLeft} temporary folders left, exit ${code}`,
      );
    return block;
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
