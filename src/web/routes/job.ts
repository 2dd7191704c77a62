import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { WebContext } from '../context';
import type { Job } from '../jobs/job';
import { startBuild } from '../jobs/start-build';
import { progressOf } from '../pages/build-section';
import { html } from '../pages/html';
import {
  auditJobPage,
  formatJobPage,
  initJobPage,
  letterJobPage,
  packagePage,
} from '../pages/job-pages';
import type { Section } from '../pages/layout';
import { csrfOf } from '../request-session';
import { seeOther, sendMessage, sendPage } from '../send';
import { TEXTS } from '../texts';
import { busy, csrfRefused, formField, formTokenValid, notFound } from './answers';

type Params = { id: string };

const SECTIONS: Readonly<Record<Job['kind'], Section>> = {
  init: 'start',
  package: 'build',
  letter: 'letter',
  audit: 'audit',
  format: 'format',
};

/** States a build can start from. */
const BUILDABLE = new Set<Job['state']>(['checked', 'built', 'refused', 'failed', 'cancelled']);

const running = (job: Job) => job.state === 'queued' || job.state === 'building';

/** The job of the request's id and session, or the "not found" page (whoever else's it is). */
export function ownJob(
  request: FastifyRequest<{ Params: Params }>,
  reply: FastifyReply,
  ctx: WebContext,
): Job | null {
  const job = ctx.jobs.get(request.params.id, request.owner);
  if (!job) void notFound(request, reply, ctx);
  return job ?? null;
}

/** A job's page, its build, its progress, its removal. */
export function jobRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.get<{ Params: Params }>('/viec/:id', async (request, reply) => {
    const job = ownJob(request, reply, ctx);
    if (!job) return reply;
    const csrf = csrfOf(request, ctx);
    const pdf = ctx.converter !== null;
    const position = ctx.builds.position(job.id);
    const body =
      job.kind === 'package'
        ? packagePage(job, csrf, pdf, position)
        : job.kind === 'letter'
          ? letterJobPage(job, csrf, pdf, position)
          : job.kind === 'init'
            ? initJobPage(job)
            : job.kind === 'audit'
              ? auditJobPage(job)
              : formatJobPage(job);
    return sendPage(request, reply, ctx, {
      title: job.kind === 'init' ? job.title : `${TEXTS.kinds[job.kind]}: ${job.title}`,
      section: SECTIONS[job.kind],
      body,
      // Without script, the page of a running build reloads itself.
      ...(running(job)
        ? { head: html`<noscript><meta http-equiv="refresh" content="3" /></noscript>` }
        : {}),
    });
  });

  app.get<{ Params: Params }>('/viec/:id/trang-thai', async (request, reply) => {
    const job = ctx.jobs.get(request.params.id, request.owner);
    if (!job) return reply.code(404).send({ state: null });
    const { percent, line } = progressOf(job, ctx.builds.position(job.id));
    return reply.send({ state: job.state, done: !running(job), percent, line });
  });

  app.post<{ Params: Params }>('/viec/:id/lap', async (request, reply) => {
    if (!formTokenValid(request, ctx)) return csrfRefused(request, reply, ctx);
    const job = ownJob(request, reply, ctx);
    if (!job) return reply;
    if (running(job)) return seeOther(reply, `/viec/${job.id}`);
    if ((job.kind !== 'package' && job.kind !== 'letter') || !BUILDABLE.has(job.state))
      return sendMessage(
        request,
        reply,
        ctx,
        409,
        TEXTS.errors.badRequestTitle,
        TEXTS.errors.badRequest,
      );
    if (ctx.stopping) return busy(request, reply, ctx);
    const pdf = formField(request, 'pdf') === '1';
    if (!startBuild(ctx, job, pdf)) return busy(request, reply, ctx);
    return seeOther(reply, `/viec/${job.id}`);
  });

  app.post<{ Params: Params }>('/viec/:id/xoa', async (request, reply) => {
    if (!formTokenValid(request, ctx)) return csrfRefused(request, reply, ctx);
    const job = ownJob(request, reply, ctx);
    if (!job) return reply;
    if (!ctx.jobs.remove(job))
      return sendMessage(
        request,
        reply,
        ctx,
        409,
        TEXTS.states.building,
        TEXTS.refusals.busyRemove,
      );
    return seeOther(reply, '/');
  });
}
