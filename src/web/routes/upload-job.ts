import { renameSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WebContext } from '../context';
import type { Job, JobKind } from '../jobs/job';
import { jobPaths } from '../jobs/job-paths';
import { JOB_FOLDERS } from '../jobs/job-store';
import type { SafeHtml } from '../pages/html';
import type { Section } from '../pages/layout';
import { csrfOf } from '../request-session';
import { sendPage } from '../send';
import { TEXTS } from '../texts';
import { readForm, type FormSpec, type Received } from '../uploads/read-form';
import { safeStem } from '../uploads/safe-name';
import { busy, refusalStatus, refusalText } from './answers';

/** A page of a form, shown again with the refusal's words. */
export interface FormPage {
  readonly title: string;
  readonly section: Section;
  readonly body: (csrf: string, error?: string) => SafeHtml;
}

/** Sends the form's page again with a refusal. */
export function refuseWith(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: WebContext,
  form: FormPage,
  status: number,
  text: string,
): FastifyReply {
  return sendPage(request, reply, ctx, {
    title: form.title,
    section: form.section,
    body: form.body(csrfOf(request, ctx), text),
    status,
  });
}

/**
 * Reads an upload into a new job's input folder; on a refusal, removes the job and answers
 * with the form's page. The caller gets the job, the files and the other fields.
 */
export async function receive(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: WebContext,
  kind: JobKind,
  spec: FormSpec,
  form: FormPage,
): Promise<
  { job: Job; files: readonly Received[]; fields: Readonly<Record<string, string>> } | FastifyReply
> {
  if (ctx.stopping) return busy(request, reply, ctx);
  let job: Job | null = null;
  const read = await readForm(
    request,
    spec,
    { secret: ctx.secret, session: request.session },
    () => {
      job ??= ctx.jobs.create(kind, request.owner, TEXTS.kinds[kind]);
      return jobPaths(ctx.jobs, job).input;
    },
  );
  const made = job as Job | null;
  if (!read.ok || !made) {
    if (made) ctx.jobs.remove(made);
    const refusal = read.ok ? ({ kind: 'missing', field: '' } as const) : read.refusal;
    return refuseWith(
      request,
      reply,
      ctx,
      form,
      refusalStatus(refusal),
      refusalText(refusal, spec, ctx),
    );
  }
  return { job: made, files: read.files, fields: read.fields };
}

/**
 * Moves a received file to `<input>/<cleaned name><extension>`, unique within the job;
 * returns its path relative to the job's folder.
 */
export function keepAs(
  ctx: WebContext,
  job: Job,
  file: Received,
  fallback: string,
  taken: Set<string>,
): string {
  const { dir, input } = jobPaths(ctx.jobs, job);
  const stem = safeStem(file.original, fallback);
  let name = `${stem}${file.extension}`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}${file.extension}`;
  taken.add(name);
  renameSync(file.path, join(input, name));
  void dir;
  return `${JOB_FOLDERS.input}/${name}`;
}

/** The dataset job chosen in a form's select: one of the session's, with data; else undefined. */
export function chosenDataset(ctx: WebContext, owner: string, id: string): Job | undefined | null {
  if (id === '') return undefined;
  const job = ctx.jobs.get(id, owner);
  return job?.kind === 'package' && job.data && job.state !== 'invalid' ? job : null;
}
