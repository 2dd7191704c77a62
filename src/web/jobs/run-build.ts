import { basename, join } from 'node:path';
import { rmSync, mkdirSync } from 'node:fs';
import { formatNumber } from '../../format';
import { hasErrors, type Issue } from '../../issues/issue';
import { NOTICES } from '../../issues/notices';
import { buildLetter } from '../../pipeline/build-letter';
import { buildPackage } from '../../pipeline/build-package';
import { prepareLetter, preparePackage } from '../../pipeline/prepare-package';
import type { WebContext } from '../context';
import { TEXTS } from '../texts';
import { packageSources } from './check-dataset';
import type { Job } from './job';
import { jobPaths } from './job-paths';
import { outputFiles } from './output-files';
import { scrubIssues } from './scrub-paths';

/** How many progress lines a build says, for the progress bar (the first is ours). */
export function buildSteps(kind: Job['kind'], pdf: boolean): number {
  if (kind === 'letter') return pdf ? 3 : 2;
  // Reading; rendering; (converting, bundling); reading back; (page counts).
  return pdf ? 6 : 3;
}

/** The letter's dataset, when one was chosen: its data path, if the job is still there. */
function letterData(ctx: WebContext, job: Job): string | undefined {
  if (!job.dataJob) return undefined;
  const data = ctx.jobs.get(job.dataJob.id, job.owner);
  return data?.data ? join(ctx.jobs.dir(data.id), data.data.path) : undefined;
}

/**
 * Builds a dataset's package or a letter into the job's output folder, as `tthc build` and
 * `tthc letter` do: prepared again from the uploaded files (so the build is of exactly what
 * was checked), written into a temporary folder, converted to PDF by the server's converter,
 * read back and only then moved into place. Each progress line is kept in the manifest for the
 * page that polls it. Never throws: a failure of the program is the job's state `failed`.
 */
export async function runBuild(ctx: WebContext, job: Job): Promise<void> {
  const build = job.build!;
  const paths = jobPaths(ctx.jobs, job);
  const progress = (line: string) => {
    build.progress.push(line);
    ctx.jobs.save(job);
  };
  job.state = 'building';
  build.startedAt = ctx.now();
  progress(TEXTS.progress.starting);
  // A build of its own: what an earlier build of this job wrote goes first.
  rmSync(paths.output, { recursive: true, force: true });
  rmSync(paths.preview, { recursive: true, force: true });
  mkdirSync(paths.output, { recursive: true });
  const pdf = build.pdf && ctx.converter !== null;
  const options = {
    out: paths.output,
    force: false,
    pdf,
    progress,
    ...(ctx.converter ? { converter: ctx.converter } : {}),
  };
  try {
    const prepared =
      job.kind === 'letter'
        ? await prepareLetter({ letter: join(paths.dir, job.letter!), data: letterData(ctx, job) })
        : await preparePackage(packageSources(ctx, job));
    if (hasErrors(prepared.issues) || !prepared.model) {
      job.issues = scrubIssues(prepared.issues, paths.shown);
      job.state = 'invalid';
      return;
    }
    const model = prepared.model;
    const result =
      job.kind === 'letter'
        ? await buildLetter(model, options)
        : await buildPackage(model, options);
    // The server stopped and cancelled it while LibreOffice was converting: it stays cancelled.
    if (ctx.stopping && (job.state as Job['state']) === 'cancelled') return;
    if (result.status === 'blocked') throw new Error(result.message);
    if (result.status === 'refused') {
      build.issues = scrubIssues(result.issues, paths.shown);
      build.message = TEXTS.result.refused;
      job.state = 'refused';
      return;
    }
    // A package is written into a folder of its own; a letter beside others, in `out`.
    const written = result as { readonly folder?: string; readonly warnings?: readonly Issue[] };
    const folder = written.folder ?? paths.output;
    const names = result.files.map((f) => basename(f));
    build.folder = written.folder ? basename(written.folder) : '';
    build.checked = result.checked;
    build.warnings = scrubIssues(written.warnings ?? [], paths.shown);
    if (pdf) progress(TEXTS.progress.previews);
    build.files = await outputFiles(folder, names, model);
    job.state = 'built';
  } catch (err) {
    if (ctx.stopping) {
      // The server stopped it: its temporary folder is already gone.
      build.message = TEXTS.result.cancelled;
      job.state = 'cancelled';
      return;
    }
    ctx.log(`Lỗi khi lập việc ${job.id}: ${(err as Error).stack ?? String(err)}`);
    build.message = TEXTS.result.failed;
    job.state = 'failed';
  } finally {
    build.endedAt = ctx.now();
    ctx.jobs.save(job);
  }
}

/** "Đã đọc lại… 4.966 số liệu…" for the page, from the count the build compared. */
export const checkedLine = (count: number): string =>
  NOTICES.CHECKED_FROM_DATA({ count: formatNumber(count) });
