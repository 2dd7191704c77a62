import type { WebContext } from '../context';
import { TEXTS } from '../texts';
import type { Job } from './job';
import { buildSteps, runBuild } from './run-build';
import { QueueStopped } from './work-queue';

/**
 * Puts a build of the job in the queue. False when the queue is full (the page says "busy"
 * and the job stays as it was); a build still waiting when the server stops is cancelled.
 */
export function startBuild(ctx: WebContext, job: Job, pdf: boolean): boolean {
  const before = { state: job.state, build: job.build };
  job.build = {
    pdf,
    progress: [],
    steps: buildSteps(job.kind, pdf),
    issues: [],
    warnings: [],
    files: [],
  };
  job.state = 'queued';
  const run = ctx.builds.submit(job.id, () => runBuild(ctx, job));
  if (!run) {
    job.state = before.state;
    job.build = before.build;
    return false;
  }
  ctx.jobs.save(job);
  run.catch((err: unknown) => {
    if (!(err instanceof QueueStopped)) ctx.log(`Lỗi khi lập việc ${job.id}: ${String(err)}`);
    job.state = 'cancelled';
    if (job.build) job.build.message = TEXTS.result.cancelled;
    ctx.jobs.save(job);
  });
  return true;
}
