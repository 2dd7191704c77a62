// The LibreOffice conversion. The cold batch (one soffice run for all the files of a call):
// failures, timeouts and name clashes through stand-in soffice scripts (no LibreOffice
// needed). Then with the real LibreOffice: the cold batch and the warm pool give the same PDFs,
// page for page and word for word, for every file of both sample packages and a letter; and a
// warm LibreOffice that dies is replaced.
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
import { basename, join } from 'node:path';
import { projectRoot } from '../../../src/tools/project-root';
import { letterFromText } from '../../helpers/sample-package';
import { convertToPdf } from '../../../src/render/pdf/convert-to-pdf';
import { convertColdBatch } from '../../../src/render/pdf/converter/cold-batch';
import type { PdfJob } from '../../../src/render/pdf/converter/converter';
import { warmPool, type WarmPool } from '../../../src/render/pdf/converter/warm-pool';
import { SAMPLE_766, SAMPLE_Q1 } from '../../helpers/load-sample';
import { pdfAllText, sofficeTest, warmTest } from '../../helpers/soffice';

const dir = mkdtempSync(join(tmpdir(), 'tthc-convert-'));
const LETTER = join(projectRoot(), 'data', 'cong-van', '004-thuc-day-dvc-truc-tuyen.md');
const MAIN = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const folder = () => {
  const d = join(dir, `f${n++}`);
  mkdirSync(d);
  return d;
};

/** A stand-in for soffice: a shell script. */
function command(name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

const source = () => {
  const file = join(dir, 'bao-cao.docx');
  writeFileSync(file, 'not really a document');
  return file;
};

/**
 * Plays `soffice --convert-to pdf --outdir <out> <files…>`: for each file in turn, a "PDF"
 * holding the file's text, named as LibreOffice names it; a file whose text is "skip" is not
 * loaded (soffice says so and goes on), "hang" never ends.
 */
const CONVERTS = `while [ "$1" != "--outdir" ]; do shift; done; out=$2; shift 2
for f in "$@"; do
  n=$(basename "$f"); n=\${n%.*}; text=$(cat "$f")
  case "$text" in
    skip) echo "Error: source file could not be loaded" >&2 ;;
    hang) sleep 300 ;;
    *) printf '%%PDF-1.4\\n%s\\n%%%%EOF\\n' "$text" > "$out/$n.pdf" ;;
  esac
done`;

/** Source files with these texts, and where their PDFs go. */
function jobs(...files: [name: string, text: string][]): PdfJob[] {
  const at = folder();
  return files.map(([name, text], i) => {
    const sub = join(at, String(i));
    mkdirSync(sub);
    writeFileSync(join(sub, name), text);
    return { source: join(sub, name), target: join(at, `${i}.pdf`) };
  });
}

test('a conversion that hangs is stopped after the timeout, with a clear error and no PDF', async () => {
  const marker = join(dir, 'still-running');
  // The launcher starts a child, as soffice starts soffice.bin; both must be stopped.
  const hang = command('hang', `(sleep 2; touch ${marker}) & wait`);
  const target = join(dir, 'hang.pdf');
  const issue = await convertToPdf(source(), target, { command: hang, timeoutMs: 300 });
  expect(issue?.code).toBe('PDF_CONVERSION_TIMEOUT');
  expect(issue?.message).toContain('sau 0,3 giây');
  expect(issue?.location?.file).toBe('bao-cao.docx');
  expect(existsSync(target)).toBe(false);
  await new Promise((r) => setTimeout(r, 2500));
  expect(existsSync(marker)).toBe(false);
}, 10_000);

test('a run that writes no PDF is a failure, whatever its exit code', async () => {
  const quiet = command('quiet', 'echo "Error: source file could not be loaded" >&2; exit 0');
  const target = join(dir, 'quiet.pdf');
  const issue = await convertToPdf(source(), target, { command: quiet });
  expect(issue?.code).toBe('PDF_CONVERSION_FAILED');
  expect(issue?.message).toContain('source file could not be loaded');
  expect(existsSync(target)).toBe(false);
});

test('a missing soffice gives the Vietnamese error with the install command', async () => {
  const issue = await convertToPdf(source(), join(dir, 'x.pdf'), {
    command: join(dir, 'no-such-soffice'),
  });
  expect(issue?.code).toBe('SOFFICE_MISSING');
  expect(issue?.message).toContain(
    'sudo apt-get install libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2',
  );
});

test('the temporary profile and copies of every run are removed', async () => {
  const own = folder();
  const writes = command(
    'writes',
    'mkdir -p "$(echo "$1" | sed "s|^-env:UserInstallation=file://||")"',
  );
  const r = await convertColdBatch(jobs(['a.docx', 'a'], ['b.xlsx', 'b']), {
    command: writes,
    tempDir: own,
  });
  expect(r.map((i) => i?.code)).toEqual(['PDF_CONVERSION_FAILED', 'PDF_CONVERSION_FAILED']);
  expect(readdirSync(own)).toEqual([]);
});

test('one run converts every file of the call; files of the same name each get their own PDF', async () => {
  const soffice = command('converts', `echo "$@" >> ${join(dir, 'runs')}\n${CONVERTS}`);
  // xep-hang-766.docx and .xlsx would both become xep-hang-766.pdf in one output folder.
  const all = jobs(
    ['xep-hang-766.docx', 'word'],
    ['xep-hang-766.xlsx', 'book'],
    ['xep-hang-766.docx', 'other folder'],
  );
  expect(await convertColdBatch(all, { command: soffice })).toEqual([null, null, null]);
  expect(all.map((j) => readFileSync(j.target, 'utf8').split('\n')[1])).toEqual([
    'word',
    'book',
    'other folder',
  ]);
  expect(readFileSync(join(dir, 'runs'), 'utf8').trim().split('\n')).toHaveLength(1);
});

test('a file LibreOffice cannot load fails, named; the others of the run are converted', async () => {
  const soffice = command('converts-some', CONVERTS);
  const all = jobs(['bao-cao.docx', 'report'], ['hong.docx', 'skip'], ['bieu-mau.xlsx', 'book']);
  const r = await convertColdBatch(all, { command: soffice });
  expect(r.map((i) => i?.code ?? null)).toEqual([null, 'PDF_CONVERSION_FAILED', null]);
  expect(r[1]?.location?.file).toBe('hong.docx');
  expect(r[1]?.message).toContain('source file could not be loaded');
  expect(all.map((j) => existsSync(j.target))).toEqual([true, false, true]);
});

test('a run that hangs on its second file: the first keeps its PDF, the second times out, the third is not reached', async () => {
  const soffice = command('hangs-second', CONVERTS);
  const all = jobs(['a.docx', 'first'], ['b.docx', 'hang'], ['c.xlsx', 'third']);
  const r = await convertColdBatch(all, { command: soffice, timeoutMs: 2000 });
  expect(r.map((i) => i?.code ?? null)).toEqual([
    null,
    'PDF_CONVERSION_TIMEOUT',
    'PDF_CONVERSION_FAILED',
  ]);
  expect(r[1]?.location?.file).toBe('b.docx');
  expect(r[2]?.message).toBe(
    'LibreOffice không chuyển được tệp sang PDF: LibreOffice đã bị dừng khi đang chuyển b.docx, chưa đến tệp này.',
  );
  expect(all.map((j) => existsSync(j.target))).toEqual([true, false, false]);
}, 10_000);

test('a PDF cut short (no %%EOF) is not taken', async () => {
  const soffice = command(
    'cut-short',
    'while [ "$1" != "--outdir" ]; do shift; done; n=$(basename "$3"); printf "%%PDF-1.4\\n" > "$2/${n%.*}.pdf"',
  );
  const [job] = jobs(['a.docx', 'x']);
  expect((await convertColdBatch([job!], { command: soffice }))[0]?.code).toBe(
    'PDF_CONVERSION_FAILED',
  );
  expect(existsSync(job!.target)).toBe(false);
});

// ---------------------------------------------------------------------------------------------
// With LibreOffice.

/** Every .docx and .xlsx of both sample packages (built without --pdf) and a letter. */
function sampleFiles(): string[] {
  const out = folder();
  for (const data of [SAMPLE_Q1, SAMPLE_766]) {
    const r = spawnSync(process.execPath, [MAIN, 'build', '--data', data, '--out', out], {
      encoding: 'utf8',
    });
    expect([data, r.status]).toEqual([data, 0]);
  }
  const letter = join(out, 'cong-van-004.docx');
  writeFileSync(letter, letterFromText(readFileSync(LETTER, 'utf8'), LETTER).bytes!);
  return [
    letter,
    ...readdirSync(out)
      .filter((d) => !d.includes('.'))
      .flatMap((d) =>
        readdirSync(join(out, d))
          .filter((f) => /\.(docx|xlsx)$/.test(f))
          .map((f) => join(out, d, f)),
      ),
  ];
}

const pages = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);

/** What a reader sees: the page count and the text of every page, laid out. */
const seen = (pdf: string) => ({ pages: pages(pdf), text: pdfAllText(pdf) });

/** The sample files and their PDFs by one cold run, made once for the tests below. */
let cold: Promise<{ files: string[]; pdfs: string[] }> | undefined;
const coldRun = () =>
  (cold ??= (async () => {
    const files = sampleFiles();
    const out = folder();
    const all = files.map((f, i) => ({ source: f, target: join(out, `${i}.pdf`) }));
    expect(await convertColdBatch(all)).toEqual(files.map(() => null));
    return { files, pdfs: all.map((j) => j.target) };
  })());

sofficeTest('chuyển một lượt sang PDF')(
  'one cold run converts every file of both samples; Word and workbook twins stay apart',
  async () => {
    const { files, pdfs } = await coldRun();
    const text = (name: string) => pdfAllText(pdfs[files.findIndex((f) => f.endsWith(name))]!);
    expect(files.map((f) => basename(f)).sort()).toEqual(
      [
        'bao-cao.docx',
        'bieu-mau.xlsx',
        'chi-tieu-don-vi.docx',
        'chi-tieu-don-vi.xlsx',
        'cong-van-004.docx',
        'cong-van-766.docx',
        'phu-luc-bieu-mau.docx',
        'xep-hang-766.docx',
        'xep-hang-766.xlsx',
      ].sort(),
    );
    // The Word annex has its "Phụ lục" heading and numbered pages, the workbook neither; both
    // have the commune's line.
    expect(text('xep-hang-766.docx')).toMatch(/97 +Xã Tằng Loỏng +13,67 /);
    expect(text('xep-hang-766.xlsx')).toMatch(/97 +Xã Tằng Loỏng +13,67 /);
    expect(text('xep-hang-766.docx')).not.toEqual(text('xep-hang-766.xlsx'));
    expect(text('cong-van-004.docx')).toContain('Kính gửi:');
    expect(text('cong-van-004.docx')).not.toContain('Tằng Loỏng');
    expect(text('bieu-mau.xlsx')).toContain('176.319');
  },
  300_000,
);

/** One warm pool for the tests below, its folders in `warmTemp`; the last test closes it. */
const warmTemp = folder();
let pool: WarmPool | undefined;
const warm = () => (pool ??= warmPool({ tempDir: warmTemp }));
afterAll(() => pool?.close());

warmTest('LibreOffice chạy sẵn (python3-uno)')(
  'the warm pool gives the same PDFs as the cold run: same pages, same text, for every sample file',
  async () => {
    const { files, pdfs } = await coldRun();
    const out = folder();
    const all = files.map((f, i) => ({ source: f, target: join(out, `${i}.pdf`) }));
    expect(await warm().convert(all)).toEqual({ issues: files.map(() => null), warnings: [] });
    expect(warm().workersStarted).toBe(1);
    const read = (list: string[]) =>
      files.map((f, i) => ({ file: basename(f), ...seen(list[i]!) }));
    const made = read(all.map((j) => j.target));
    expect(made).toEqual(read(pdfs));
    // Not two empty reads alike: every file has pages and its words.
    for (const w of made)
      expect([w.file, w.pages > 0, w.text.length > 500]).toEqual([w.file, true, true]);
  },
  300_000,
);

/** soffice.bin processes whose command line names `text` (our worker's private profile). */
function sofficeBin(text: string): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8');
        return cmd.includes('soffice.bin') && cmd.includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
}

warmTest('LibreOffice chạy sẵn (python3-uno)')(
  'a warm LibreOffice that dies between calls is replaced, the file converted; close leaves nothing',
  async () => {
    const { files } = await coldRun();
    const letter = files.find((f) => f.endsWith('cong-van-004.docx'))!;
    const out = folder();
    const first = await warm().convert([{ source: letter, target: join(out, 'a.pdf') }]);
    expect(first.issues).toEqual([null]);
    const started = warm().workersStarted;
    const [bin] = sofficeBin(warmTemp);
    expect(bin).toBeGreaterThan(0);
    process.kill(bin!, 'SIGKILL');
    const second = await warm().convert([{ source: letter, target: join(out, 'b.pdf') }]);
    expect(second).toEqual({ issues: [null], warnings: [] });
    expect(warm().workersStarted).toBe(started + 1);
    expect(pdfAllText(join(out, 'b.pdf'))).toContain('Kính gửi:');
    await warm().close();
    expect(readdirSync(warmTemp)).toEqual([]);
    expect(sofficeBin(warmTemp)).toEqual([]);
  },
  300_000,
);
