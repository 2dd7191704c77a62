import { createReadStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import PizZip from 'pizzip';
import type { WebContext } from '../context';
import type { Job, OutputFile } from '../jobs/job';
import { jobPaths } from '../jobs/job-paths';
import type { WorkQueue } from '../jobs/work-queue';
import { pageImage } from '../preview/page-image';
import { busy, notFound } from './answers';
import { ownJob } from './job';
import { zipBytes } from '../../tools/zip-bytes';

const TYPES: Readonly<Record<string, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** The files a job offers, and the folder they are in (names from its manifest only). */
function offered(
  ctx: WebContext,
  job: Job,
): { folder: string; files: readonly OutputFile[]; zip: string } {
  const { output } = jobPaths(ctx.jobs, job);
  if (job.kind === 'init')
    return {
      folder: join(output, job.folder ?? ''),
      files: job.files ?? [],
      zip: (job.files?.[0]?.name ?? 'du-lieu.xlsx').replace(/\.xlsx$/, ''),
    };
  const build = job.state === 'built' ? job.build : undefined;
  const folder = join(output, build?.folder ?? '');
  const first = build?.files[0]?.name.replace(/\.[a-z]+$/, '') ?? 'van-ban';
  return { folder, files: build?.files ?? [], zip: build?.folder || first };
}

/** Sends a file: as a download, or (a PDF asked with ?xem=1) for the browser to show. */
function sendFile(reply: FastifyReply, path: string, name: string, inline: boolean) {
  const ext = name.split('.').pop() ?? '';
  reply
    .type(TYPES[ext] ?? 'application/octet-stream')
    .header('content-length', statSync(path).size)
    .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename="${name}"`);
  // The browser's own PDF viewer draws the file: the page's policy against scripts is for pages.
  if (inline) reply.removeHeader('content-security-policy');
  return reply.send(createReadStream(path));
}

/** Downloads of a job's files, the whole package as .zip, and the pictures of PDF pages. */
export function fileRoutes(app: FastifyInstance, ctx: WebContext, previews: WorkQueue): void {
  app.get<{ Params: { id: string; name: string }; Querystring: { xem?: string } }>(
    '/viec/:id/tep/:name',
    async (request, reply) => {
      const job = ownJob(request, reply, ctx);
      if (!job) return reply;
      const { folder, files } = offered(ctx, job);
      // The name only picks an entry of the manifest; the path is made from the entry.
      const file = files.find((f) => f.name === request.params.name);
      if (!file) return notFound(request, reply, ctx);
      const inline = request.query.xem === '1' && file.name.endsWith('.pdf');
      return sendFile(reply, join(folder, file.name), file.name, inline);
    },
  );

  app.get<{ Params: { id: string } }>('/viec/:id/ca-bo.zip', async (request, reply) => {
    const job = ownJob(request, reply, ctx);
    if (!job) return reply;
    const { folder, files, zip } = offered(ctx, job);
    if (files.length === 0) return notFound(request, reply, ctx);
    const archive = new PizZip();
    for (const f of files) archive.file(`${zip}/${f.name}`, readFileSync(join(folder, f.name)));
    const bytes = zipBytes(archive);
    return reply
      .type('application/zip')
      .header('content-disposition', `attachment; filename="${zip}.zip"`)
      .send(bytes);
  });

  app.get<{ Params: { id: string; name: string; page: string } }>(
    '/viec/:id/trang/:name/:page',
    async (request, reply) => {
      const job = ownJob(request, reply, ctx);
      if (!job) return reply;
      const { folder, files } = offered(ctx, job);
      const index = files.findIndex(
        (f) => f.name === request.params.name && f.name.endsWith('.pdf'),
      );
      const page = /^\d{1,4}$/.test(request.params.page) ? Number(request.params.page) : 0;
      const file = files[index];
      if (!file || page < 1 || page > (file.pages ?? 0)) return notFound(request, reply, ctx);
      const { preview } = jobPaths(ctx.jobs, job);
      const drawn = previews.submit(`${job.id}/${index}/${page}`, () =>
        pageImage(join(folder, file.name), page, preview, `${index}-${page}`),
      );
      if (!drawn) return busy(request, reply, ctx);
      const image = await drawn.catch(() => null);
      if (!image) return notFound(request, reply, ctx);
      return reply
        .type('image/png')
        .header('cache-control', 'private, max-age=3600')
        .send(readFileSync(image));
    },
  );
}
