import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { CONTENT_FILE } from '../../contract/content-sections';
import { FOOTNOTE_RULES_FILES } from '../../contract/footnote-rules';
import { LETTER_FILE } from '../../contract/letter';
import type { WebContext } from '../context';
import { checkDataset, TEMPLATE_FILE } from '../jobs/check-dataset';
import type { InputFile, Job } from '../jobs/job';
import { jobPaths } from '../jobs/job-paths';
import { JOB_FOLDERS } from '../jobs/job-store';
import { uploadPage } from '../pages/upload';
import { csrfOf } from '../request-session';
import { sendPage } from '../send';
import { TEXTS } from '../texts';
import { unpackDatasetZip } from '../uploads/dataset-zip';
import { UPLOAD_FORM } from '../uploads/forms';
import { readForm, type Received } from '../uploads/read-form';
import { baseName, safeStem } from '../uploads/safe-name';
import { busy, refusalStatus, refusalText, zipRefusalText } from './answers';
import { runCheck } from './run-check';

const LABELS = {
  du_lieu: TEXTS.inputs.data,
  noi_dung: TEXTS.inputs.content,
  mau: TEXTS.inputs.template,
  chu_thich: TEXTS.inputs.rules,
  cong_van: TEXTS.inputs.letter,
} as const;

/** Names of the texts beside a dataset, which its own name must not take. */
const RESERVED = new Set(['noi-dung', 'cong-van', 'chu-thich', 'mau-bao-cao']);

/**
 * Puts the uploaded files where `tthc validate` expects them in a dataset's folder, under the
 * server's names: the data under a cleaned form of its name (a zip unpacked into a folder of
 * that name), the content file, rule file and letter beside it under their usual names, the
 * template apart. Returns the refusal's words when the zip cannot be unpacked.
 */
function placeFiles(ctx: WebContext, job: Job, files: readonly Received[]): string | null {
  const { input } = jobPaths(ctx.jobs, job);
  const data = files.find((f) => f.field === 'du_lieu')!;
  const given = safeStem(data.original, 'du-lieu');
  // Not the name of a text the folder holds beside the data ("chu-thich.json" is a rule file).
  const stem = RESERVED.has(given) ? `du-lieu-${given}` : given;
  let folder: string = JOB_FOLDERS.input;
  if (data.extension === '.zip') {
    folder = `${JOB_FOLDERS.input}/${stem}`;
    const into = join(input, stem);
    mkdirSync(into);
    const unpacked = unpackDatasetZip(readFileSync(data.path), into);
    rmSync(data.path);
    if (!unpacked.ok) return zipRefusalText(unpacked.refusal);
    job.data = { path: folder, folder };
  } else {
    renameSync(data.path, join(input, `${stem}${data.extension}`));
    job.data = { path: `${JOB_FOLDERS.input}/${stem}${data.extension}`, folder };
  }
  const inputs: InputFile[] = [
    { label: LABELS.du_lieu, original: baseName(data.original), stored: job.data.path },
  ];
  const dir = join(jobPaths(ctx.jobs, job).dir, folder);
  for (const f of files) {
    if (f.field === 'du_lieu') continue;
    let target: string;
    if (f.field === 'noi_dung') target = join(dir, CONTENT_FILE);
    else if (f.field === 'cong_van') target = join(dir, LETTER_FILE);
    else if (f.field === 'mau') target = join(input, TEMPLATE_FILE);
    else {
      // The uploaded rule file wins over one the zip held, whatever its extension.
      for (const name of FOOTNOTE_RULES_FILES) rmSync(join(dir, name), { force: true });
      target = join(dir, `chu-thich${f.extension}`);
    }
    renameSync(f.path, target);
    const label = LABELS[f.field as keyof typeof LABELS];
    inputs.push({ label, original: baseName(f.original), stored: baseName(target) });
  }
  job.inputs = inputs;
  job.title = baseName(data.original);
  return null;
}

/** Step 2: the upload of a dataset, checked as `tthc validate` checks it. */
export function uploadRoutes(app: FastifyInstance, ctx: WebContext): void {
  const form = (request: Parameters<typeof csrfOf>[0], error?: string) =>
    uploadPage(csrfOf(request, ctx), error);

  app.get('/nop-du-lieu', async (request, reply) =>
    sendPage(request, reply, ctx, {
      title: TEXTS.upload.title,
      section: 'upload',
      body: form(request),
    }),
  );

  app.post('/nop-du-lieu', async (request, reply) => {
    if (ctx.stopping) return busy(request, reply, ctx);
    let job: Job | null = null;
    const refuse = (status: number, text: string) => {
      if (job) ctx.jobs.remove(job);
      return sendPage(request, reply, ctx, {
        title: TEXTS.upload.title,
        section: 'upload',
        body: form(request, text),
        status,
      });
    };
    const read = await readForm(
      request,
      UPLOAD_FORM,
      { secret: ctx.secret, session: request.session },
      () => {
        job ??= ctx.jobs.create('package', request.owner, TEXTS.kinds.package);
        return jobPaths(ctx.jobs, job).input;
      },
    );
    if (!read.ok)
      return refuse(refusalStatus(read.refusal), refusalText(read.refusal, UPLOAD_FORM, ctx));
    const made = job as Job | null;
    if (!made) return refuse(400, TEXTS.refusals.missing);
    const zipProblem = placeFiles(ctx, made, read.files);
    if (zipProblem) return refuse(422, zipProblem);
    ctx.jobs.save(made);
    return runCheck(request, reply, ctx, made, () => checkDataset(ctx, made));
  });
}
