// `--pdf` from the command line when LibreOffice is missing, fails or writes a wrong PDF: a
// clear Vietnamese error, exit 1 and nothing written. Stand-in programs play LibreOffice.
import { spawn, spawnSync } from 'node:child_process';
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
import { PDFDocument } from 'pdf-lib';
import { projectRoot } from '../../src/tools/project-root';
import { SAMPLE_766, SAMPLE_Q1 } from '../helpers/load-sample';
import { sofficeTest } from '../helpers/soffice';
import { recordFiles } from '../../src/render/written-files';

const MAIN = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');
const root = mkdtempSync(join(tmpdir(), 'tthc-cli-pdf-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const temp = () => {
  const dir = join(root, String(n++));
  mkdirSync(dir);
  return dir;
};

/** The CLI with its own environment; node is started by its full path, so PATH can be empty. */
const tthc = (env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, [MAIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TTHC_SOFFICE: '', ...env },
    timeout: 300_000,
  });

/** A folder of stand-in programs, to be the whole PATH. */
function bin(programs: Record<string, string>): string {
  const dir = temp();
  for (const [name, body] of Object.entries(programs)) {
    writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  }
  return dir;
}

const INSTALL =
  'sudo apt-get install libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2';

test('build --pdf without LibreOffice: the Vietnamese error with the install command, nothing written', () => {
  const out = temp();
  const r = tthc({ PATH: bin({}) }, 'build', '--data', SAMPLE_Q1, '--out', out, '--pdf');
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('LỖI [SOFFICE_MISSING] Không tìm thấy LibreOffice');
  expect(r.stderr).toContain(INSTALL);
  expect(r.stderr).toContain('LỖI [PDFTOTEXT_MISSING]');
  expect(r.stderr).toContain('Không có tệp nào được ghi.');
  expect(readdirSync(out)).toEqual([]);
});

test('build without --pdf needs no LibreOffice', () => {
  const out = temp();
  const r = tthc({ PATH: bin({}) }, 'build', '--data', SAMPLE_Q1, '--out', out);
  expect(r.status).toBe(0);
  expect(readdirSync(join(out, 'lao-cai-2026-q1'))).toContain('bao-cao.docx');
  expect(r.stderr).not.toContain('SOFFICE');
});

test('letter --pdf without LibreOffice: the same error, no letter written', () => {
  const out = temp();
  const letter = join(projectRoot(), 'data', 'cong-van', '004-thuc-day-dvc-truc-tuyen.md');
  const r = tthc({ PATH: bin({}) }, 'letter', letter, '--out', out, '--pdf');
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(INSTALL);
  expect(readdirSync(out)).toEqual([]);
});

test('LibreOffice failing on a file: the error names the file, nothing written', () => {
  const out = temp();
  const path = bin({
    soffice: 'echo "Error: source file could not be loaded" >&2; exit 0',
    pdftotext: 'exit 1',
  });
  const r = tthc({ PATH: path }, 'build', '--data', SAMPLE_Q1, '--out', out, '--pdf');
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(
    'LỖI [PDF_CONVERSION_FAILED] bao-cao.docx: LibreOffice không chuyển được tệp sang PDF: Error: source file could not be loaded.',
  );
  // Not even the Word files: the package moves into place whole or not at all.
  expect(readdirSync(out)).toEqual([]);
});

test('TTHC_SOFFICE names the LibreOffice program', () => {
  const out = temp();
  const path = bin({ pdftotext: 'exit 1' });
  const soffice = join(bin({ 'my-soffice': 'exit 3' }), 'my-soffice');
  const r = tthc(
    { PATH: path, TTHC_SOFFICE: soffice },
    'build',
    '--data',
    SAMPLE_766,
    '--out',
    out,
    '--pdf',
  );
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('LỖI [PDF_CONVERSION_FAILED] cong-van-766.docx');
  expect(readdirSync(out)).toEqual([]);
});

sofficeTest('đọc lại tệp PDF')(
  'a PDF that does not show its document fails the read-back: exit 1, nothing written',
  async () => {
    const blank = join(temp(), 'blank.pdf');
    const doc = await PDFDocument.create();
    doc.addPage().drawText('Lao Cai');
    writeFileSync(blank, await doc.save());
    // Plays soffice: copies the blank page to <outdir>/<name>.pdf for every file given.
    const soffice = join(
      bin({
        soffice: `while [ "$1" != "--outdir" ]; do shift; done; out=$2; shift 2; for f in "$@"; do name=$(basename "$f"); cp ${blank} "$out/\${name%.*}.pdf"; done`,
      }),
      'soffice',
    );
    const out = temp();
    const r = tthc({ TTHC_SOFFICE: soffice }, 'build', '--data', SAMPLE_766, '--out', out, '--pdf');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /LỖI \[OUTPUT_PDF_MISMATCH\] cong-van-766\.pdf, chữ trên trang: Bản PDF khác tệp gốc: cần từ "[^"]+"( \d+ lần)?; trong PDF: không thấy\./,
    );
    expect(r.stderr).toContain('xep-hang-766-bang-tinh.pdf, chữ trên trang');
    expect(readdirSync(out)).toEqual([]);
  },
  120_000,
);

test('a build without --pdf over an earlier --pdf run: the old PDFs go with their package', () => {
  const out = temp();
  expect(tthc({}, 'build', '--data', SAMPLE_766, '--out', out).status).toBe(0);
  // As an earlier --pdf run leaves it: the bundle, on the list of what tthc wrote.
  const dir = join(out, 'lao-cai-2025-q3');
  writeFileSync(join(dir, 'tron-bo.pdf'), 'old');
  recordFiles(dir, ['tron-bo.pdf']);
  const r = tthc({}, 'build', '--data', SAMPLE_766, '--out', out, '--force');
  expect(r.status).toBe(0);
  // --force replaces the package tthc wrote, PDFs included (issue 20): none is left stale.
  expect(r.stderr).not.toContain('PDF_STALE');
  expect(existsSync(join(dir, 'tron-bo.pdf'))).toBe(false);
});

/** Whether process `pid` still runs (a zombie waiting for its parent to read its end does not). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Waits for `done`, looking every 50 ms, `tries` times at most. */
const until = async (done: () => boolean, tries = 1200) => {
  for (let i = 0; i < tries && !done(); i++) await new Promise((r) => setTimeout(r, 50));
};

test('Ctrl+C while LibreOffice converts: LibreOffice is stopped, no temporary folder is left', async () => {
  const marks = temp();
  const tmp = temp();
  const out = temp();
  // Plays a LibreOffice that never ends: a launcher and the program it starts, as soffice
  // starts soffice.bin, each writing its process id.
  const soffice = join(
    bin({
      soffice: `echo $$ > ${marks}/launcher; sleep 300 & echo $! > ${marks}/program; wait`,
    }),
    'soffice',
  );
  const child = spawn(
    process.execPath,
    [MAIN, 'build', '--data', SAMPLE_Q1, '--out', out, '--pdf'],
    {
      // The cold way, chosen: by default LibreOffice is started early through UNO.
      env: { ...process.env, TTHC_SOFFICE: soffice, TMPDIR: tmp, TTHC_PDF_CONVERTER: 'cold' },
      stdio: 'ignore',
    },
  );
  const closed = new Promise<number | null>((r) => child.on('close', r));
  await until(() => existsSync(join(marks, 'program')) || child.exitCode !== null);
  const pids = ['launcher', 'program'].map((f) => Number(readFileSync(join(marks, f), 'utf8')));
  expect(pids.map(running)).toEqual([true, true]);
  expect(readdirSync(tmp).filter((n) => n.startsWith('tthc-soffice-'))).toHaveLength(1);
  child.kill('SIGINT');
  expect(await closed).toBe(130);
  // Killed processes are gone at once, but wait a little for the system to reap them.
  await until(() => !pids.some(running), 100);
  expect(pids.map(running)).toEqual([false, false]);
  expect(readdirSync(tmp)).toEqual([]);
  expect(readdirSync(out)).toEqual([]);
}, 60_000);

const FAKE_WORKER = join(projectRoot(), 'test', 'fixtures', 'fake-uno-worker.js');

test('TTHC_PDF_CONVERTER with another value than warm or cold: a clear error, nothing written', () => {
  const out = temp();
  const r = tthc(
    { TTHC_PDF_CONVERTER: 'nhanh' },
    'build',
    '--data',
    SAMPLE_Q1,
    '--out',
    out,
    '--pdf',
  );
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(
    'LỖI [PDF_CONVERTER_UNKNOWN] Biến môi trường TTHC_PDF_CONVERTER là "nhanh"; chỉ nhận "cold"',
  );
  expect(readdirSync(out)).toEqual([]);
});

/**
 * `tthc build --pdf` of the Q1 sample with a Python without uno and a soffice that records each
 * run and converts nothing (so the build fails and writes nothing), under `env`.
 */
function buildWithoutUno(env: Record<string, string>) {
  const out = temp();
  const marks = temp();
  const python = join(
    bin({ python3: 'echo "ModuleNotFoundError: No module named \'uno\'" >&2; exit 1' }),
    'python3',
  );
  const soffice = join(bin({ soffice: `echo "$@" >> ${marks}/runs` }), 'soffice');
  const r = tthc(
    { ...env, TTHC_PYTHON: python, TTHC_SOFFICE: soffice },
    'build',
    '--data',
    SAMPLE_Q1,
    '--out',
    out,
    '--pdf',
  );
  const runs = readFileSync(join(marks, 'runs'), 'utf8').trim().split('\n');
  // One cold run for the three files (it made no PDF: the build fails on that, nothing written).
  expect(runs).toHaveLength(1);
  expect(runs[0]).toMatch(/--convert-to pdf .*bao-cao\.docx .*bieu-mau\.xlsx/);
  expect(r.status).toBe(1);
  expect(readdirSync(out)).toEqual([]);
  return r;
}

test('TTHC_PDF_CONVERTER=warm without python3-uno: said once as a warning, the files go the cold way in one run', () => {
  const r = buildWithoutUno({ TTHC_PDF_CONVERTER: 'warm' });
  expect(r.stderr.match(/CẢNH BÁO \[PDF_WARM_UNAVAILABLE\]/g)).toHaveLength(1);
  expect(r.stderr).toContain("No module named 'uno'");
  expect(r.stderr).toContain('sudo apt-get install python3-uno');
});

test('without TTHC_PDF_CONVERTER and without python3-uno: the cold way, in one run, with no warning', () => {
  const r = buildWithoutUno({});
  expect(r.stderr).not.toContain('PDF_WARM_UNAVAILABLE');
});

test('without TTHC_PDF_CONVERTER, build --pdf starts LibreOffice through UNO before it reads the data, and stops it', async () => {
  const marks = temp();
  const tmp = temp();
  const out = temp();
  const python = join(bin({ python3: `exec ${process.execPath} ${FAKE_WORKER} "$@"` }), 'python3');
  const soffice = join(bin({ soffice: `# mode=ready marks=${marks}\nexit 1` }), 'soffice');
  // Data that stops the build before anything is converted.
  const r = tthc(
    { TTHC_PYTHON: python, TTHC_SOFFICE: soffice, TMPDIR: tmp },
    'build',
    '--data',
    join(tmp, 'khong-co'),
    '--out',
    out,
    '--pdf',
  );
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('Không có tệp nào được ghi');
  expect(r.stderr).not.toContain('PDF_WARM_UNAVAILABLE');
  // The worker was started although the data was never good, and asked for nothing.
  const starts = readdirSync(marks).filter((f) => f.startsWith('start-'));
  expect(starts).toHaveLength(1);
  expect(readdirSync(marks).filter((f) => f.startsWith('request-'))).toEqual([]);
  const pids = [
    Number(starts[0]!.replace('start-', '')),
    Number(readFileSync(join(marks, starts[0]!), 'utf8')),
  ];
  await until(() => !pids.some(running), 100);
  expect(pids.map(running)).toEqual([false, false]);
  expect(readdirSync(tmp)).toEqual([]);
  expect(readdirSync(out)).toEqual([]);
}, 60_000);

test('Ctrl+C while the warm converter works: the worker and its LibreOffice are stopped, nothing left', async () => {
  const marks = temp();
  const tmp = temp();
  const out = temp();
  // The stand-in worker (through a TTHC_PYTHON wrapper) starts, then never answers a request.
  const python = join(bin({ python3: `exec ${process.execPath} ${FAKE_WORKER} "$@"` }), 'python3');
  const soffice = join(
    bin({ soffice: `# mode=ready marks=${marks} requests=hang\nexit 1` }),
    'soffice',
  );
  const child = spawn(
    process.execPath,
    [MAIN, 'build', '--data', SAMPLE_Q1, '--out', out, '--pdf'],
    {
      env: {
        ...process.env,
        TTHC_PDF_CONVERTER: 'warm',
        TTHC_PYTHON: python,
        TTHC_SOFFICE: soffice,
        TMPDIR: tmp,
      },
      stdio: 'ignore',
    },
  );
  const closed = new Promise<number | null>((r) => child.on('close', r));
  const requested = () => readdirSync(marks).some((f) => f.startsWith('request-'));
  await until(() => requested() || child.exitCode !== null);
  const start = readdirSync(marks).find((f) => f.startsWith('start-'))!;
  const pids = [
    Number(start.replace('start-', '')),
    Number(readFileSync(join(marks, start), 'utf8')),
  ];
  expect(pids.map(running)).toEqual([true, true]);
  expect(readdirSync(tmp).filter((n) => n.startsWith('tthc-uno-'))).toHaveLength(1);
  child.kill('SIGINT');
  expect(await closed).toBe(130);
  await until(() => !pids.some(running), 100);
  expect(pids.map(running)).toEqual([false, false]);
  expect(readdirSync(tmp)).toEqual([]);
  expect(readdirSync(out)).toEqual([]);
}, 60_000);
