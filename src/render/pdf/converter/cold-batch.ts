import {
  closeSync,
  copyFileSync,
  fstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatNumber } from '../../../format';
import { makeIssue, type Issue } from '../../../issues/issue';
import { trackTemporary, untrackTemporary } from '../../write-folder';
import { sofficeCommand } from '../../../tools/programs';
import {
  DEFAULT_TIMEOUT_MS,
  type ConverterOptions,
  type PdfConverter,
  type PdfJob,
} from './converter';
import { officePipes } from './office-pipes';
import { lastLines, startGroup } from './process-group';

/** How often the output folder is looked at for finished PDFs (the per-file timeout's clock). */
const TICK_MS = 100;

/**
 * Whether `file` is a whole PDF: it exists and ends with "%%EOF", the last thing a PDF writer
 * writes. A PDF cut short by a timeout or a crash is not taken.
 */
export function isWholePdf(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const size = fstatSync(fd).size;
    const tail = Buffer.alloc(Math.min(size, 1024));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    return tail.toString('latin1').trimEnd().endsWith('%%EOF');
  } finally {
    closeSync(fd);
  }
}

const located = (job: PdfJob) => ({ file: basename(job.source) });

/**
 * Converts every file of `jobs` in one LibreOffice run (`soffice --headless --convert-to pdf`)
 * with one private temporary profile, so LibreOffice starts once per call, not once per file,
 * and calls running at the same time do not share a profile lock or an output folder. The
 * files are copied under numbered names first: xep-hang-766.docx and xep-hang-766.xlsx would
 * both become xep-hang-766.pdf.
 *
 * LibreOffice converts the files in order; each file has `timeoutMs` (the first one with
 * LibreOffice's start), counted from the previous finished PDF. Beyond it the whole run is
 * stopped: the files done keep their PDF, the file under way is PDF_CONVERSION_TIMEOUT, the
 * files not reached are PDF_CONVERSION_FAILED saying so. Returns one issue or null per job.
 */
export async function convertColdBatch(
  jobs: readonly PdfJob[],
  options: ConverterOptions = {},
): Promise<(Issue | null)[]> {
  if (jobs.length === 0) return [];
  const command = options.command ?? sofficeCommand();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const work = mkdtempSync(join(options.tempDir ?? tmpdir(), 'tthc-soffice-'));
  const profile = pathToFileURL(join(work, 'profile')).href;
  const temporary = [work, ...officePipes(profile)];
  temporary.forEach(trackTemporary);
  try {
    const inDir = join(work, 'in');
    const outDir = join(work, 'out');
    mkdirSync(inDir);
    mkdirSync(outDir);
    const names = jobs.map((j, i) => `${i + 1}-${basename(j.source, extname(j.source))}`);
    const inputs = jobs.map((j, i) => join(inDir, names[i] + extname(j.source)));
    const made = names.map((n) => join(outDir, `${n}.pdf`));
    const issues: (Issue | null)[] = jobs.map(() => null);
    jobs.forEach((job, i) => {
      try {
        copyFileSync(job.source, inputs[i]!);
      } catch (err) {
        issues[i] = makeIssue(
          'PDF_CONVERSION_FAILED',
          { reason: (err as Error).message },
          located(job),
        );
      }
    });
    const todo = inputs.filter((_, i) => issues[i] === null);
    if (todo.length === 0) return issues;
    const run = startGroup(command, [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...todo,
    ]);
    // A file finished is progress: the clock starts again for the next one.
    let finished = 0;
    let since = performance.now();
    let timedOut = false;
    const clock = setInterval(
      () => {
        const now = made.filter((f) => isWholePdf(f)).length;
        if (now > finished) [finished, since] = [now, performance.now()];
        else if (performance.now() - since > timeoutMs) {
          timedOut = true;
          run.kill();
        }
      },
      Math.min(TICK_MS, timeoutMs / 3),
    );
    const end = await run.ended;
    clearInterval(clock);
    const whole = made.map((f, i) => issues[i] === null && isWholePdf(f));
    // The file LibreOffice was on when stopped: the first without a PDF after the last with one.
    const lastDone = whole.lastIndexOf(true);
    const hung = timedOut
      ? whole.findIndex((ok, i) => i > lastDone && !ok && issues[i] === null)
      : -1;
    const reason = lastLines(run.output()) || `mã thoát ${end.code}`;
    jobs.forEach((job, i) => {
      if (issues[i] !== null) return;
      const where = located(job);
      if (whole[i]) {
        try {
          copyFileSync(made[i]!, job.target);
        } catch (err) {
          issues[i] = makeIssue('PDF_CONVERSION_FAILED', { reason: (err as Error).message }, where);
        }
        return;
      }
      if (end.error)
        issues[i] = makeIssue(
          end.error.code === 'ENOENT' ? 'SOFFICE_MISSING' : 'PDF_CONVERSION_FAILED',
          { command, reason: end.error.message },
          where,
        );
      else if (i === hung)
        issues[i] = makeIssue(
          'PDF_CONVERSION_TIMEOUT',
          { seconds: formatNumber(timeoutMs / 1000) },
          where,
        );
      else if (hung >= 0 && i > hung)
        issues[i] = makeIssue(
          'PDF_CONVERSION_FAILED',
          {
            reason: `LibreOffice đã bị dừng khi đang chuyển ${basename(jobs[hung]!.source)}, chưa đến tệp này`,
          },
          where,
        );
      else issues[i] = makeIssue('PDF_CONVERSION_FAILED', { reason }, where);
    });
    return issues;
  } finally {
    for (const t of temporary) {
      rmSync(t, { recursive: true, force: true });
      untrackTemporary(t);
    }
  }
}

/**
 * The cold converter: a new LibreOffice for each call, converting all of the call's files.
 * Nothing stays running between calls, so `close` has nothing to do.
 */
export function coldBatch(options: ConverterOptions = {}): PdfConverter {
  return {
    kind: 'cold',
    convert: async (jobs) => ({ issues: await convertColdBatch(jobs, options), warnings: [] }),
    close: async () => undefined,
  };
}
