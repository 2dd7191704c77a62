// The LibreOffice conversion: failures and timeouts through stand-in commands (no LibreOffice
// needed), and two real conversions at once.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
  readFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../../src/ingest/read-registry';
import { convertToPdf } from '../../../src/render/pdf/convert-to-pdf';
import { rankingAnnex } from '../../../src/compute/ranking-annex';
import { rankingFiles } from '../../../src/render/ranking/ranking-files';
import { stampOf } from '../../../src/render/render-package';
import { modelOf, SAMPLE_766 } from '../../helpers/load-sample';
import { pdfAllText, sofficeTest } from '../../helpers/soffice';
import { letterFromText } from '../../helpers/sample-package';

const dir = mkdtempSync(join(tmpdir(), 'tthc-convert-'));
const LETTER = join(projectRoot(), 'data', 'cong-van', '004-thuc-day-dvc-truc-tuyen.md');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

test('the temporary profile of every run is removed', async () => {
  // os.tmpdir() follows TMPDIR, so the run's profile lands where nothing else writes.
  const own = mkdtempSync(join(dir, 'tmp-'));
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = own;
  try {
    const writes = command('writes', 'echo "$2" > /dev/null; exit 0');
    await convertToPdf(source(), join(dir, 'q.pdf'), { command: writes });
  } finally {
    process.env.TMPDIR = saved;
  }
  expect(readdirSync(own)).toEqual([]);
});

sofficeTest('chuyển song song sang PDF')(
  'three conversions at once, of files with the same name, each give their own PDF',
  async () => {
    const m = await modelOf(SAMPLE_766);
    // Same file name in three folders: a shared profile or output folder would mix them up.
    const sources = {
      annex: (await rankingFiles(m, rankingAnnex(m)!, stampOf(m))).docx,
      workbook: (await rankingFiles(m, rankingAnnex(m)!, stampOf(m))).xlsx,
      letter: letterFromText(readFileSync(LETTER, 'utf8'), LETTER).bytes!,
    };
    const jobs = Object.entries(sources).map(([name, bytes]) => {
      mkdirSync(join(dir, name));
      const ext = name === 'workbook' ? 'xlsx' : 'docx';
      const file = join(dir, name, `van-ban.${ext}`);
      writeFileSync(file, bytes);
      return { name, file, pdf: join(dir, `${name}.pdf`) };
    });
    const issues = await Promise.all(jobs.map((j) => convertToPdf(j.file, j.pdf)));
    expect(issues).toEqual([null, null, null]);
    const text = Object.fromEntries(jobs.map((j) => [j.name, pdfAllText(j.pdf)]));
    expect(text.annex).toMatch(/97 +Xã Tằng Loỏng +13,67 /);
    expect(text.workbook).toMatch(/97 +Xã Tằng Loỏng +13,67 /);
    expect(text.annex).not.toEqual(text.workbook);
    expect(text.letter).toContain('Kính gửi:');
    expect(text.letter).not.toContain('Tằng Loỏng');
  },
  180_000,
);
