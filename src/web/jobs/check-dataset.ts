import { join } from 'node:path';
import { hasErrors } from '../../issues/issue';
import { NOTICES } from '../../issues/notices';
import { preparePackage } from '../../pipeline/prepare-package';
import { summaryLines } from '../../render/model/summary';
import type { WebContext } from '../context';
import { TEXTS } from '../texts';
import type { Job } from './job';
import { jobPaths } from './job-paths';
import { scrubIssues, scrubPath } from './scrub-paths';

/** The template an official uploaded with the dataset, stored under this name. */
export const TEMPLATE_FILE = 'mau-bao-cao.docx';

/** What preparePackage reads for a dataset job: its data, and its template when one was given. */
export function packageSources(ctx: WebContext, job: Job) {
  const { dir, input } = jobPaths(ctx.jobs, job);
  const template = job.inputs.some((i) => i.stored === TEMPLATE_FILE)
    ? join(input, TEMPLATE_FILE)
    : undefined;
  return { data: join(dir, job.data!.path), ...(template ? { template } : {}) };
}

/**
 * `tthc validate` on an uploaded dataset: every issue (the server's folders taken out of their
 * text), and for a dataset without error the verdict, the summary figures of tom-tat.txt and
 * the counts of typed prose.
 */
export async function checkDataset(ctx: WebContext, job: Job): Promise<void> {
  const { shown } = jobPaths(ctx.jobs, job);
  const prepared = await preparePackage(packageSources(ctx, job));
  job.issues = scrubIssues(prepared.issues, shown);
  const report = prepared.model?.report;
  if (hasErrors(prepared.issues) || !report) {
    job.state = 'invalid';
  } else {
    job.state = 'checked';
    job.verdict = NOTICES.VALID({
      province: report.province.name,
      period: report.period.title,
      units: report.unitCount.agencies + report.unitCount.communes,
    });
    job.summary = summaryLines(report);
    job.title = TEXTS.package.title(`${report.province.name}, ${report.period.title}`, job.title);
  }
  job.typed = prepared.typed && {
    ...prepared.typed,
    unchecked: prepared.typed.unchecked.map((u) => ({ ...u, file: scrubPath(u.file, shown) })),
  };
  ctx.jobs.save(job);
}
