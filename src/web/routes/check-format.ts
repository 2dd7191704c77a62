import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../context';
import { jobPaths } from '../jobs/job-paths';
import { runFormat } from '../jobs/run-format';
import { formatPage } from '../pages/tool-forms';
import { TEXTS } from '../texts';
import { FORMAT_FORM } from '../uploads/forms';
import { baseName } from '../uploads/safe-name';
import { runCheck } from './run-check';
import { keepAs, receive, type FormPage } from './upload-job';

/** Step 5: `tthc check-format` on one or more uploaded Word files. */
export function checkFormatRoutes(app: FastifyInstance, ctx: WebContext): void {
  const form: FormPage = { title: TEXTS.format.title, section: 'format', body: formatPage };
  app.post('/kiem-tra-the-thuc', async (request, reply) => {
    const got = await receive(request, reply, ctx, 'format', FORMAT_FORM, form);
    if (!('job' in got)) return got;
    const { job, files } = got;
    const taken = new Set<string>();
    const { dir } = jobPaths(ctx.jobs, job);
    const checked = files.map((f) => {
      const stored = keepAs(ctx, job, f, 'van-ban', taken);
      return { path: join(dir, stored), shown: baseName(f.original), stored };
    });
    job.title = checked.map((c) => c.shown).join(', ');
    job.inputs = checked.map((c) => ({
      label: TEXTS.inputs.document,
      original: c.shown,
      stored: c.stored,
    }));
    ctx.jobs.save(job);
    return runCheck(request, reply, ctx, job, async () => runFormat(ctx, job, checked));
  });
}
