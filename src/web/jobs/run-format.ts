import { readFileSync } from 'node:fs';
import { checkFormat } from '../../conformance/check-format';
import { formatVerdict } from '../../pipeline/format-verdict';
import type { WebContext } from '../context';
import type { Job } from './job';

/** `tthc check-format` on each uploaded Word file, named as the official named it. */
export function runFormat(
  ctx: WebContext,
  job: Job,
  files: readonly { readonly path: string; readonly shown: string }[],
): void {
  job.format = files.map((f) => {
    const r = checkFormat(readFileSync(f.path), f.shown);
    return { name: f.shown, verdict: formatVerdict(r), issues: r.issues };
  });
  job.state = 'done';
  ctx.jobs.save(job);
}
