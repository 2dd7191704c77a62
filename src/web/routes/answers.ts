import type { FastifyReply, FastifyRequest } from 'fastify';
import { formatMegabytes, formatNumber } from '../../format';
import { limitWords } from '../../ooxml/zip-guard';
import type { WebContext } from '../context';
import { csrfValid, CSRF_FIELD } from '../security/csrf';
import { sendMessage } from '../send';
import { extensionList, TEXTS } from '../texts';
import type { DatasetZipRefusal } from '../uploads/dataset-zip';
import type { FormRefusal, FormSpec } from '../uploads/read-form';

/** Whether a url-encoded form carries the session's token. */
export function formTokenValid(request: FastifyRequest, ctx: WebContext): boolean {
  const body = request.body as Record<string, unknown> | undefined;
  return csrfValid(ctx.secret, request.session, body?.[CSRF_FIELD]);
}

/** A field of a url-encoded form, as text ('' when missing). */
export function formField(request: FastifyRequest, name: string): string {
  const value = (request.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

export const notFound = (request: FastifyRequest, reply: FastifyReply, ctx: WebContext) =>
  sendMessage(request, reply, ctx, 404, TEXTS.errors.notFoundTitle, TEXTS.errors.notFound);

export const csrfRefused = (request: FastifyRequest, reply: FastifyReply, ctx: WebContext) =>
  sendMessage(request, reply, ctx, 403, TEXTS.errors.forbiddenTitle, TEXTS.refusals.csrf);

/**
 * The "busy" answer: the queue is full (or the server is stopping). 503 with Retry-After, so
 * a script knows to come back; a page that says so in words for the official.
 */
export function busy(request: FastifyRequest, reply: FastifyReply, ctx: WebContext) {
  reply.header('retry-after', '60');
  const counts = ctx.builds.counts;
  const text = ctx.stopping
    ? TEXTS.errors.stopping
    : TEXTS.errors.busy(
        formatNumber(counts.running),
        formatNumber(counts.waiting + ctx.checks.counts.waiting),
      );
  return sendMessage(request, reply, ctx, 503, TEXTS.errors.busyTitle, text);
}

/** The HTTP status of a refused upload. */
export function refusalStatus(r: FormRefusal): number {
  if (r.kind === 'csrf') return 403;
  if (r.kind === 'too-large' || r.kind === 'too-many') return 413;
  if (r.kind === 'extension' || r.kind === 'not-multipart') return 415;
  return 400;
}

/** A refused upload in words. */
export function refusalText(r: FormRefusal, spec: FormSpec, ctx: WebContext): string {
  const T = TEXTS.refusals;
  switch (r.kind) {
    case 'csrf':
      return T.csrf;
    case 'too-large':
      return T.tooLarge(formatMegabytes(ctx.options.maxUploadBytes));
    case 'too-many':
      return T.tooMany(formatNumber(ctx.options.maxFiles));
    case 'not-multipart':
      return T.notMultipart;
    case 'broken':
      return T.broken;
    case 'extension': {
      const allowed = spec[r.field]?.extensions ?? Object.values(spec).flatMap((f) => f.extensions);
      return T.extension(r.original, extensionList(allowed));
    }
    case 'missing':
      return T.missing;
    case 'empty':
      return T.empty;
  }
}

/** A refused zip of CSV files in words. */
export function zipRefusalText(r: DatasetZipRefusal): string {
  const T = TEXTS.refusals;
  switch (r.kind) {
    case 'empty':
      return T.zipEmpty;
    case 'no-csv':
      return T.zipNoCsv;
    case 'duplicate':
      return T.zipDuplicate(r.name);
    case 'limit': {
      const w = limitWords(r);
      return T.zipLimit(w.what, w.value, w.limit);
    }
    default:
      return T.zipCorrupt;
  }
}
