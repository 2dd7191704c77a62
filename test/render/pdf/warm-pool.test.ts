// The warm pool's own behaviour, with a stand-in worker (test/fixtures/fake-uno-worker.js,
// run by node in place of python3): no LibreOffice needed. Crashes, hangs, refusals, a worker
// that cannot start, and that nothing is left running or on disk once the pool is closed.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../../src/tools/project-root';
import type { PdfConverter, PdfJob } from '../../../src/render/pdf/converter/converter';
import { unoWorkerScript } from '../../../src/render/pdf/converter/uno-python';
import { warmPool, type WarmPoolOptions } from '../../../src/render/pdf/converter/warm-pool';

const FAKE = join(projectRoot(), 'test', 'fixtures', 'fake-uno-worker.js');
// Room for the stand-in workers to start on a loaded machine; a hang waits out two timeouts.
jest.setTimeout(60_000);
const root = mkdtempSync(join(tmpdir(), 'tthc-pool-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const folder = () => {
  const dir = join(root, String(n++));
  mkdirSync(dir);
  return dir;
};

/** Whether process `pid` still runs (a zombie waiting to be reaped does not). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Waits for `done`, looking every 20 ms, `tries` times at most. */
const until = async (done: () => boolean, tries = 250) => {
  for (let i = 0; i < tries && !done(); i++) await new Promise((r) => setTimeout(r, 20));
};

/** The marks the stand-in worker leaves at each start. */
const starts = (marks: string) => readdirSync(marks).filter((f) => f.startsWith('start-'));

interface Setup {
  readonly marks: string;
  readonly files: string;
  readonly tmp: string;
  /** The worker folders left in the pool's temporary folder. */
  readonly leftovers: () => string[];
  /** The "sleep" children of every worker started, as soffice.bin is LibreOffice's child. */
  readonly children: () => number[];
  /** Jobs for source files holding these behaviours, with their targets. */
  readonly jobs: (...kinds: string[]) => PdfJob[];
}

/** A stand-in soffice: its text tells the fake worker how to start and where to leave marks. */
function setup(mode = 'ready'): Setup & { soffice: string } {
  const dir = folder();
  const [marks, files, tmp] = ['marks', 'files', 'tmp'].map((d) => join(dir, d)) as [
    string,
    string,
    string,
  ];
  [marks, files, tmp].forEach((d) => mkdirSync(d));
  const soffice = join(dir, 'soffice');
  writeFileSync(soffice, `#!/bin/sh\n# mode=${mode} marks=${marks}\nexit 1\n`);
  chmodSync(soffice, 0o755);
  let k = 0;
  return {
    soffice,
    marks,
    files,
    tmp,
    leftovers: () => readdirSync(tmp),
    children: () => starts(marks).map((f) => Number(readFileSync(join(marks, f), 'utf8'))),
    jobs: (...kinds) =>
      kinds.map((kind) => {
        const source = join(files, `${k}-${kind}.docx`);
        writeFileSync(source, kind);
        return { source, target: join(files, `${k++}-${kind}.pdf`) };
      }),
  };
}

/** A pool of stand-in workers whose temporary folders go to `s.tmp`, closed after the test. */
const pools: PdfConverter[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});
function pool(s: Setup & { soffice: string }, options: WarmPoolOptions = {}) {
  const p = warmPool({
    python: process.execPath,
    script: FAKE,
    command: s.soffice,
    timeoutMs: 5_000,
    startTimeoutMs: 20_000,
    tempDir: s.tmp,
    ...options,
  });
  pools.push(p);
  return p;
}

const codes = (issues: readonly ({ code: string } | null)[]) => issues.map((i) => i?.code ?? null);

test('one worker converts the files of several calls: started once, on the first call', async () => {
  const s = setup();
  const p = pool(s);
  expect(p.workersStarted).toBe(0);
  const first = s.jobs('ok', 'ok', 'ok');
  expect(await p.convert(first)).toEqual({ issues: [null, null, null], warnings: [] });
  const second = s.jobs('ok');
  expect(await p.convert(second)).toEqual({ issues: [null], warnings: [] });
  for (const j of [...first, ...second])
    expect(readFileSync(j.target, 'utf8')).toContain(`% ${j.source}\n%%EOF`);
  expect([p.workersStarted, starts(s.marks)]).toEqual([1, [expect.any(String)]]);
});

test('a worker that crashes is replaced and the file tried once more', async () => {
  const s = setup();
  const p = pool(s);
  const jobs = s.jobs('crash-once', 'ok');
  expect(await p.convert(jobs)).toEqual({ issues: [null, null], warnings: [] });
  expect(existsSync(jobs[0]!.target)).toBe(true);
  expect(p.workersStarted).toBe(2);
  // What the crashed worker started is stopped with it.
  await until(() => s.children().filter(running).length === 1);
  expect(s.children().filter(running)).toHaveLength(1);
});

test('a file that crashes the worker twice fails, named; the next file gets a new worker', async () => {
  const s = setup();
  const p = pool(s);
  const [crash, ok] = s.jobs('crash', 'ok');
  const r = await p.convert([crash!]);
  expect(codes(r.issues)).toEqual(['PDF_CONVERSION_FAILED']);
  expect(r.issues[0]?.message).toContain('LibreOffice dừng đột ngột');
  expect(r.issues[0]?.location?.file).toBe('0-crash.docx');
  expect(existsSync(crash!.target)).toBe(false);
  expect(await p.convert([ok!])).toEqual({ issues: [null], warnings: [] });
  expect(p.workersStarted).toBe(3);
});

test('a file that hangs: the worker is stopped after the timeout, the file tried once more, then a timeout error', async () => {
  const s = setup();
  const p = pool(s, { timeoutMs: 2000 });
  const [hang, ok] = s.jobs('hang', 'ok');
  const r = await p.convert([hang!]);
  expect(codes(r.issues)).toEqual(['PDF_CONVERSION_TIMEOUT']);
  expect(r.issues[0]?.message).toContain('sau 2 giây');
  expect(r.issues[0]?.location?.file).toBe('0-hang.docx');
  expect(existsSync(hang!.target)).toBe(false);
  // Both hung workers were stopped, with what they started, and their folders removed.
  expect(p.workersStarted).toBe(2);
  await until(() => s.children().every((pid) => !running(pid)));
  expect(s.children().map(running)).toEqual([false, false]);
  expect(s.leftovers()).toEqual([]);
  // The pool goes on with a new worker.
  expect(await p.convert([ok!])).toEqual({ issues: [null], warnings: [] });
  expect(p.workersStarted).toBe(3);
});

test('a file that hangs once is converted on its second try', async () => {
  const s = setup();
  const p = pool(s, { timeoutMs: 2000 });
  const jobs = s.jobs('hang-once', 'ok');
  expect(await p.convert(jobs)).toEqual({ issues: [null, null], warnings: [] });
  expect(p.workersStarted).toBe(2);
});

test('a file LibreOffice refuses fails with its reason; the worker stays', async () => {
  const s = setup();
  const p = pool(s);
  const r = await p.convert(s.jobs('refuse', 'ok'));
  expect(codes(r.issues)).toEqual(['PDF_CONVERSION_FAILED', null]);
  expect(r.issues[0]?.message).toBe(
    'LibreOffice không chuyển được tệp sang PDF: source file could not be loaded.',
  );
  expect(p.workersStarted).toBe(1);
});

test('a PDF that cannot be written where asked fails, named; the worker goes on', async () => {
  const s = setup();
  const p = pool(s);
  const [lost, ok] = s.jobs('ok', 'ok');
  const r = await p.convert([{ ...lost!, target: join(s.files, 'no-folder', 'x.pdf') }, ok!]);
  expect(codes(r.issues)).toEqual(['PDF_CONVERSION_FAILED', null]);
  expect(r.issues[0]?.message).toContain('ENOENT');
  expect(p.workersStarted).toBe(1);
});

test('a worker folder that cannot be made: the cold way, with the reason', async () => {
  const s = setup();
  const cold = recordingCold();
  const p = pool(s, { fallback: cold, tempDir: join(s.files, 'no-folder') });
  const r = await p.convert(s.jobs('ok'));
  expect(r.issues).toEqual([null]);
  expect(r.warnings.map((w) => w.code)).toEqual(['PDF_WARM_UNAVAILABLE']);
  expect(r.warnings[0]?.message).toContain('ENOENT');
});

test('two workers convert two files at the same time', async () => {
  const s = setup();
  // A "pair" file is answered only once the other one is being converted too: one worker
  // alone would wait until the timeout.
  const p = pool(s, { size: 2 });
  const jobs = s.jobs('pair', 'pair');
  expect(await p.convert(jobs)).toEqual({ issues: [null, null], warnings: [] });
  expect(p.workersStarted).toBe(2);
  expect(jobs.every((j) => existsSync(j.target))).toBe(true);
});

test('close stops every worker and what it started, and removes their folders', async () => {
  const s = setup();
  const p = pool(s, { size: 2 });
  const exitHooks = process.listenerCount('exit');
  await p.convert(s.jobs('pair', 'pair'));
  expect(process.listenerCount('exit')).toBe(exitHooks + 1);
  expect(s.leftovers()).toHaveLength(2);
  const [a, b] = starts(s.marks).map((f) => Number(f.replace('start-', '')));
  expect([a, b, ...s.children()].map((pid) => running(pid!))).toEqual([true, true, true, true]);
  await p.close();
  await until(() => ![a!, b!, ...s.children()].some(running));
  expect([a, b, ...s.children()].map((pid) => running(pid!))).toEqual([false, false, false, false]);
  expect(s.leftovers()).toEqual([]);
  expect(process.listenerCount('exit')).toBe(exitHooks);
  await expect(p.convert(s.jobs('ok'))).rejects.toThrow('closed');
});

/** A cold converter that records what it was given, and converts nothing. */
function recordingCold(): PdfConverter & { calls: PdfJob[][] } {
  const calls: PdfJob[][] = [];
  return {
    kind: 'cold',
    calls,
    convert: async (jobs) => {
      calls.push([...jobs]);
      for (const j of jobs) writeFileSync(j.target, '%PDF-1.4\n%%EOF\n');
      return { issues: jobs.map(() => null), warnings: [] };
    },
    close: async () => undefined,
  };
}

test.each([
  ['python3-uno missing', 'no-uno', 20_000, "No module named 'uno'"],
  ['LibreOffice refusing to start', 'exit', 20_000, 'soffice: cannot open display'],
  ['a worker never ready', 'hang', 300, 'LibreOffice chưa sẵn sàng sau 0,3 giây'],
])(
  'no worker can start (%s): the files go the cold way, said once as a warning',
  async (_, mode, startTimeoutMs, reason) => {
    const s = setup(mode);
    const cold = recordingCold();
    const p = pool(s, { fallback: cold, startTimeoutMs });
    const first = s.jobs('ok', 'ok');
    const r = await p.convert(first);
    expect(r.issues).toEqual([null, null]);
    expect(r.warnings.map((w) => [w.code, w.severity])).toEqual([
      ['PDF_WARM_UNAVAILABLE', 'warning'],
    ]);
    expect(r.warnings[0]!.message).toContain(reason);
    expect(r.warnings[0]!.message).toContain('sudo apt-get install python3-uno');
    // Later calls go cold at once, without the warning again and without a new start.
    const second = s.jobs('ok');
    expect(await p.convert(second)).toEqual({ issues: [null], warnings: [] });
    expect(cold.calls).toEqual([first, second]);
    expect(p.workersStarted).toBe(0);
    await until(() => !s.children().some(running));
    expect(s.children().some(running)).toBe(false);
    expect(s.leftovers()).toEqual([]);
  },
);

test('no Python at all: the cold way, with the reason', async () => {
  const s = setup();
  const cold = recordingCold();
  const p = pool(s, { fallback: cold, python: join(s.files, 'no-python3') });
  const r = await p.convert(s.jobs('ok'));
  expect(r.issues).toEqual([null]);
  expect(r.warnings[0]?.message).toContain('no-python3');
  expect(r.warnings[0]?.message).toContain('ENOENT');
});

test('uno-worker.py itself, on a Python that cannot import uno, says so and the pool goes cold', async () => {
  // python3 -S leaves out site-packages, where python3-uno lives.
  const s = setup();
  const python = join(s.files, 'python-without-uno');
  const python3 = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  writeFileSync(python, `#!/bin/sh\nexec ${python3} -S "$@"\n`);
  chmodSync(python, 0o755);
  if (spawnSync(python, ['-c', 'print(1)']).status !== 0) return; // no python3 here at all
  const cold = recordingCold();
  const p = warmPool({
    python,
    script: unoWorkerScript(),
    command: s.soffice,
    fallback: cold,
    tempDir: s.tmp,
  });
  pools.push(p);
  const r = await p.convert(s.jobs('ok'));
  expect(r.issues).toEqual([null]);
  expect(r.warnings[0]?.message).toContain("No module named 'uno'");
  expect(cold.calls).toHaveLength(1);
});

test('a CLI process that used the pool and did not close it leaves nothing running or on disk', async () => {
  const s = setup();
  const [job] = s.jobs('ok');
  const pool = join(projectRoot(), 'dist', 'src', 'render', 'pdf', 'converter', 'warm-pool.js');
  const options = { python: process.execPath, script: FAKE, command: s.soffice, tempDir: s.tmp };
  const script = `
    const { warmPool } = require(${JSON.stringify(pool)});
    const p = warmPool(${JSON.stringify(options)});
    p.convert([${JSON.stringify(job)}]).then((r) => console.log(JSON.stringify(r)));`;
  // Node exits by itself once the work is done: the idle worker does not keep it up.
  const r = spawnSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect([r.status, r.stdout.trim()]).toEqual([0, '{"issues":[null],"warnings":[]}']);
  const worker = Number(starts(s.marks)[0]!.replace('start-', ''));
  await until(() => ![worker, ...s.children()].some(running));
  expect([worker, ...s.children()].map(running)).toEqual([false, false]);
  expect(s.leftovers()).toEqual([]);
});
