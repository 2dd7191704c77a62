import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { hasErrors } from '../../issues/issue';
import { prepareLetter } from '../../pipeline/prepare-package';
import type { WebContext } from '../context';
import { jobPaths } from '../jobs/job-paths';
import { scrubIssues } from '../jobs/scrub-paths';
import { startBuild } from '../jobs/start-build';
import { letterPage } from '../pages/tool-forms';
import { seeOther } from '../send';
import { TEXTS } from '../texts';
import { LETTER_FORM } from '../uploads/forms';
import { baseName } from '../uploads/safe-name';
import { busy } from './answers';
import { inChecks } from './run-check';
import { chosenDataset, keepAs, receive, refuseWith, type FormPage } from './upload-job';

/**
 * Step 6: a letter from its content file, as `tthc letter` makes it: checked first (every
 * problem shown), then built in the queue like a package.
 */
export function letterRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.post('/cong-van', async (request, reply) => {
    const form: FormPage = {
      title: TEXTS.letter.title,
      section: 'letter',
      body: (csrf, error) =>
        letterPage(csrf, ctx.jobs.list(request.owner), ctx.converter !== null, error),
    };
    const got = await receive(request, reply, ctx, 'letter', LETTER_FORM, form);
    if (!('job' in got)) return got;
    const { job, files, fields } = got;
    const data = chosenDataset(ctx, request.owner, fields.bo_du_lieu ?? '');
    if (data === null) {
      ctx.jobs.remove(job);
      return refuseWith(request, reply, ctx, form, 400, TEXTS.refusals.dataJob);
    }
    const file = files[0]!;
    job.letter = keepAs(ctx, job, file, 'cong-van', new Set());
    job.title = baseName(file.original);
    job.inputs = [
      { label: TEXTS.inputs.letter, original: baseName(file.original), stored: job.letter },
    ];
    if (data) job.dataJob = { id: data.id, title: data.title };
    ctx.jobs.save(job);
    const paths = jobPaths(ctx.jobs, job);
    const dataPath = data?.data ? join(jobPaths(ctx.jobs, data).dir, data.data.path) : undefined;
    const shown = [...(data ? jobPaths(ctx.jobs, data).shown : []), ...paths.shown];
    const checked = await inChecks(ctx, job, async () => {
      const prepared = await prepareLetter({
        letter: join(paths.dir, job.letter!),
        data: dataPath,
      });
      job.issues = scrubIssues(prepared.issues, shown);
      const valid = !hasErrors(prepared.issues) && prepared.model !== null;
      job.state = valid ? 'checked' : 'invalid';
      ctx.jobs.save(job);
      return valid;
    });
    if (checked === 'busy') return busy(request, reply, ctx);
    if (!checked.value) return seeOther(reply, `/viec/${job.id}`);
    // Checked without error: built at once, as `tthc letter` does.
    // A full build queue leaves the letter checked, with its build button on its page.
    if (!startBuild(ctx, job, fields.pdf === '1' && ctx.converter !== null))
      return busy(request, reply, ctx);
    return seeOther(reply, `/viec/${job.id}`);
  });
}
