import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../context';
import { jobPaths } from '../jobs/job-paths';
import { runAudit } from '../jobs/run-audit';
import { auditPage } from '../pages/tool-forms';
import { TEXTS } from '../texts';
import { AUDIT_FORM } from '../uploads/forms';
import { baseName } from '../uploads/safe-name';
import { runCheck } from './run-check';
import { chosenDataset, keepAs, receive, refuseWith, type FormPage } from './upload-job';

/** Step 4: `tthc audit` on an uploaded draft, with one of the session's datasets if chosen. */
export function auditRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.post('/soat-du-thao', async (request, reply) => {
    const form: FormPage = {
      title: TEXTS.audit.title,
      section: 'audit',
      body: (csrf, error) => auditPage(csrf, ctx.jobs.list(request.owner), error),
    };
    const got = await receive(request, reply, ctx, 'audit', AUDIT_FORM, form);
    if (!('job' in got)) return got;
    const { job, files, fields } = got;
    const data = chosenDataset(ctx, request.owner, fields.bo_du_lieu ?? '');
    if (data === null) {
      ctx.jobs.remove(job);
      return refuseWith(request, reply, ctx, form, 400, TEXTS.refusals.dataJob);
    }
    const draft = files[0]!;
    const stored = keepAs(ctx, job, draft, 'du-thao', new Set());
    job.title = baseName(draft.original);
    job.inputs = [{ label: TEXTS.inputs.draft, original: baseName(draft.original), stored }];
    if (data) job.dataJob = { id: data.id, title: data.title };
    ctx.jobs.save(job);
    const path = join(jobPaths(ctx.jobs, job).dir, stored);
    return runCheck(request, reply, ctx, job, () => runAudit(ctx, job, path, data));
  });
}
