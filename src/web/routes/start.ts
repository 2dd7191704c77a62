import type { FastifyInstance } from 'fastify';
import { readRegistry } from '../../ingest/read-registry';
import type { WebContext } from '../context';
import { runInit } from '../jobs/run-init';
import { startPage } from '../pages/start';
import { csrfOf } from '../request-session';
import { sendPage } from '../send';
import { TEXTS } from '../texts';
import { busy, csrfRefused, formField, formTokenValid } from './answers';
import { runCheck } from './run-check';

const PARTS = new Set<string>(TEXTS.start.periods.map(([code]) => code));

/** Step 1: `tthc init` for a province and period chosen in a form. */
export function startRoutes(app: FastifyInstance, ctx: WebContext): void {
  const provinces = readRegistry().provinces;
  const year = () => new Date(ctx.now()).getFullYear();
  app.get('/bat-dau', async (request, reply) =>
    sendPage(request, reply, ctx, {
      title: TEXTS.start.title,
      section: 'start',
      body: startPage(provinces, csrfOf(request, ctx), year()),
    }),
  );

  app.post('/bat-dau', async (request, reply) => {
    if (!formTokenValid(request, ctx)) return csrfRefused(request, reply, ctx);
    if (ctx.stopping) return busy(request, reply, ctx);
    const refuse = (error: string) =>
      sendPage(request, reply, ctx, {
        title: TEXTS.start.title,
        section: 'start',
        body: startPage(provinces, csrfOf(request, ctx), year(), error),
        status: 400,
      });
    const province = formField(request, 'tinh');
    const part = formField(request, 'ky');
    const nam = formField(request, 'nam');
    if (!provinces.some((p) => p.code === province)) return refuse(TEXTS.refusals.province);
    if (!PARTS.has(part) || !/^\d{4}$/.test(nam)) return refuse(TEXTS.refusals.period);
    const period = part ? `${nam}-${part}` : nam;
    const job = ctx.jobs.create('init', request.owner, TEXTS.kinds.init);
    // Refused only for a province or period the form does not offer.
    return runCheck(request, reply, ctx, job, () => runInit(ctx, job, province, period), refuse);
  });
}
