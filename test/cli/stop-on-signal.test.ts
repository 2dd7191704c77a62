/**
 * Every command stops on Ctrl+C (SIGINT) or SIGTERM however busy it is (issue 20): the command
 * runs in a worker thread and the main thread, always free, stops it, removes its temporary
 * folder, says INTERRUPTED and exits 130 (143). Real signals to the compiled CLI, at a moment
 * the command is busy reading or checking a large input. The outcome is asserted; the only
 * bound on time is a generous one (the stop is answered in well under 2 s: docs/robustness.md).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { projectRoot } from '../../src/tools/project-root';
import { zipBytes } from '../../src/tools/zip-bytes';
import { hundredThousandRows } from '../helpers/large-inputs';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';

afterAll(removeTempFolders);

const ROOT = projectRoot();
const MAIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const BASE = join(ROOT, 'test', 'fixtures', 'bad-input', 'base');

/** Longest a stopped command may take to end: generous, far above the 2 s it needs. */
const BOUND_MS = 20_000;

interface Stopped {
  readonly code: number | null;
  readonly stderr: string;
  /** Whether it ended within BOUND_MS of the signal. */
  readonly inTime: boolean;
}

/**
 * Runs the CLI, sends `signal` once stderr shows `when` (or after `when` ms), and resolves with
 * how it ended. A command that does not end within BOUND_MS is killed, and said so.
 */
function stopped(
  args: readonly string[],
  when: string | number,
  signal: 'SIGINT' | 'SIGTERM' = 'SIGINT',
  env: NodeJS.ProcessEnv = {},
): Promise<Stopped> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [MAIN, ...args], { env: { ...process.env, ...env } });
    let stderr = '';
    let sent = false;
    let timer: NodeJS.Timeout | undefined;
    let inTime = true;
    const send = () => {
      if (sent) return;
      sent = true;
      child.kill(signal);
      timer = setTimeout(() => {
        inTime = false;
        child.kill('SIGKILL');
      }, BOUND_MS);
    };
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      if (typeof when === 'string' && stderr.includes(when)) send();
    });
    if (typeof when === 'number') setTimeout(send, when);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, inTime });
    });
  });
}

/** A dataset of 150,000 HoSo rows: seconds of reading and checking on any machine. */
let big: string;
beforeAll(() => {
  big = join(tempFolder('tthc-lon-'), 'du-lieu');
  cpSync(BASE, big, { recursive: true });
  hundredThousandRows(big, 0, 150_000);
});

const leftovers = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

const expectStopped = (r: Stopped, signal: 'SIGINT' | 'SIGTERM' = 'SIGINT') => {
  expect(r.inTime).toBe(true);
  expect(r.code).toBe(signal === 'SIGINT' ? 130 : 143);
  expect(r.stderr).toContain(`LỖI [INTERRUPTED] Đã dừng theo yêu cầu (${signal})`);
};

test('validate, busy reading 150,000 rows', async () => {
  expectStopped(await stopped(['validate', '--data', big], 1000));
}, 60_000);

test('build, busy checking the data: nothing written, no temporary folder', async () => {
  const out = tempFolder('tthc-out-');
  const r = await stopped(['build', '--data', big, '--out', out], 'Đang đọc và kiểm tra dữ liệu');
  expectStopped(r);
  expect(leftovers(out)).toEqual([]);
}, 60_000);

test('build, stopped by the system (SIGTERM)', async () => {
  const out = tempFolder('tthc-out-');
  const r = await stopped(['build', '--data', big, '--out', out], 'Đang đọc', 'SIGTERM');
  expectStopped(r, 'SIGTERM');
  expect(leftovers(out)).toEqual([]);
}, 60_000);

test('audit of a draft with a list of 30,000 parts (quadratic before issue 20)', async () => {
  const draft = join(tempFolder('tthc-du-thao-'), 'ds.txt');
  const parts = Array.from({ length: 30_000 }, () => '1 hồ sơ').join('; ');
  writeFileSync(draft, `Tiếp nhận 30.000 hồ sơ (trong đó: ${parts}).\n`.repeat(3));
  expectStopped(await stopped(['audit', draft], 1000, 'SIGTERM'), 'SIGTERM');
}, 60_000);

test('audit --data, busy reading the dataset', async () => {
  const draft = join(tempFolder('tthc-du-thao-'), 'bc.txt');
  writeFileSync(draft, 'Tiếp nhận 176.319 hồ sơ.\n');
  expectStopped(await stopped(['audit', draft, '--data', big], 'Đang đọc'));
}, 60_000);

test('letter --data, busy reading the dataset: no letter, no temporary folder', async () => {
  const out = tempFolder('tthc-cv-');
  const letter = join(ROOT, 'data', 'cong-van', '004-thuc-day-dvc-truc-tuyen.md');
  expectStopped(await stopped(['letter', letter, '--data', big, '--out', out], 1000));
  expect(leftovers(out)).toEqual([]);
}, 60_000);

test('init, at the worst moment (its folder complete, not yet in place)', async () => {
  const out = join(tempFolder('tthc-init-'), 'du-lieu');
  const r = await stopped(
    ['init', '--province', '15', '--period', '2026-Q2', '--out', out],
    'TTHC_TEST_HOLD',
    'SIGINT',
    { TTHC_TEST_HOLD_BEFORE_COMMIT: '60000' },
  );
  expectStopped(r);
  expect(existsSync(out)).toBe(false);
  expect(leftovers(join(out, '..'))).toEqual([]);
}, 60_000);

test('check-format of a Word file of the report repeated 300 times', async () => {
  const dir = tempFolder('tthc-bang-');
  // The report of the sample, its body repeated: a large, valid Word file.
  const built = tempFolder('tthc-out-');
  const b = await new Promise<number | null>((done) =>
    spawn('node', [
      MAIN,
      'build',
      '--data',
      join(ROOT, 'data', 'lao-cai-2026-q1'),
      '--out',
      built,
    ]).on('close', done),
  );
  expect(b).toBe(0);
  const zip = new PizZip(readFileSync(join(built, 'lao-cai-2026-q1', 'bao-cao.docx')));
  const xml = zip.file('word/document.xml')!.asText();
  const body = /<w:body>([\s\S]*)<w:sectPr/.exec(xml)![1]!;
  zip.file('word/document.xml', xml.replace(body, body.repeat(300)));
  const file = join(dir, 'lon.docx');
  writeFileSync(file, zipBytes(zip));
  expectStopped(await stopped(['check-format', file], 1000));
}, 120_000);
