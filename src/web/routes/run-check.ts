import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WebContext } from '../context';
import type { Job } from '../jobs/job';
import { QueueStopped } from '../jobs/work-queue';
import { seeOther } from '../send';
import { busy } from './answers';

/**
 * Runs a new job's check in the bounded queue of checks. `busy` when the queue is full or the
 * server stopped before the check began; the job is then removed.
 */
export async function inChecks<T>(
  ctx: WebContext,
  job: Job,
  check: () => Promise<T>,
): Promise<{ readonly value: T } | 'busy'> {
  const run = ctx.checks.submit(job.id, check);
  if (!run) {
    ctx.jobs.remove(job);
    return 'busy';
  }
  try {
    return { value: await run };
  } catch (err) {
    ctx.jobs.remove(job);
    if (err instanceof QueueStopped) return 'busy';
    throw err;
  }
}

/**
 * Runs the check of a new job and sends the official to the job's page; "busy" when it could
 * not run. A check that returns words of refusal removes the job and hands them to `refused`.
 */
export async function runCheck(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: WebContext,
  job: Job,
  check: () => Promise<string | null | void>,
  refused?: (text: string) => FastifyReply,
): Promise<FastifyReply> {
  const r = await inChecks(ctx, job, check);
  if (r === 'busy') return busy(request, reply, ctx);
  if (typeof r.value === 'string' && refused) {
    ctx.jobs.remove(job);
    return refused(r.value);
  }
  return seeOther(reply, `/viec/${job.id}`);
}
