import { basename, join } from 'node:path';
import { CONTENT_FILE } from '../../contract/content-sections';
import { periodCode } from '../../domain/period';
import { formatNumber, formatPeriodTitle } from '../../format';
import { initDataset } from '../../pipeline/init-dataset';
import type { WebContext } from '../context';
import { TEXTS } from '../texts';
import type { Job } from './job';
import { jobPaths } from './job-paths';
import { folderFiles } from './output-files';

/** The folder of the empty dataset inside the job's output folder. */
const INIT_FOLDER = 'du-lieu';

/**
 * `tthc init` into the job's output folder: the workbook, the CSV files and the content file,
 * offered for download. Returns the refusal's message when the province or period is wrong.
 */
export async function runInit(
  ctx: WebContext,
  job: Job,
  province: string,
  period: string,
): Promise<string | null> {
  const { output } = jobPaths(ctx.jobs, job);
  const r = await initDataset({ province, period, out: join(output, INIT_FOLDER), force: false });
  if (r.status !== 'written') return r.message;
  const workbook = basename(r.workbookPath);
  job.title = TEXTS.start.made(r.province.name, formatPeriodTitle(r.period));
  job.folder = `${INIT_FOLDER}`;
  job.files = folderFiles(join(output, INIT_FOLDER), [workbook, CONTENT_FILE]).map((f) =>
    f.name === workbook
      ? { ...f, title: TEXTS.start.workbook }
      : f.name === CONTENT_FILE
        ? { ...f, title: TEXTS.start.content }
        : f,
  );
  job.summary = [TEXTS.start.communes(formatNumber(r.communeCount)), periodCode(r.period)];
  job.state = 'done';
  ctx.jobs.save(job);
  return null;
}
