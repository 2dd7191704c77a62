import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../context';
import { buildsPage, auditPage, formatPage, letterPage } from '../pages/tool-forms';
import { homePage } from '../pages/home';
import { csrfOf } from '../request-session';
import { sendPage } from '../send';
import { TEXTS } from '../texts';

/** The pages that only show a form or a list: home, step 3's list, audit, format, letter. */
export function pageRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.get('/', async (request, reply) =>
    sendPage(request, reply, ctx, {
      title: TEXTS.home.title,
      section: 'home',
      body: homePage(ctx.jobs.list(request.owner), csrfOf(request, ctx), ctx.options.keepHours),
    }),
  );
  app.get('/lap-van-ban', async (request, reply) =>
    sendPage(request, reply, ctx, {
      title: TEXTS.package.buildsTitle,
      section: 'build',
      body: buildsPage(ctx.jobs.list(request.owner)),
    }),
  );
  app.get('/soat-du-thao', async (request, reply) =>
    sendPage(request, reply, ctx, {
      title: TEXTS.audit.title,
      section: 'audit',
      body: auditPage(csrfOf(request, ctx), ctx.jobs.list(request.owner)),
    }),
  );
  app.get('/kiem-tra-the-thuc', async (request, reply) =>
    sendPage(request, reply, ctx, {
      title: TEXTS.format.title,
      section: 'format',
      body: formatPage(csrfOf(request, ctx)),
    }),
  );
  app.get('/cong-van', async (request, reply) =>
    sendPage(request, reply, ctx, {
      title: TEXTS.letter.title,
      section: 'letter',
      body: letterPage(csrfOf(request, ctx), ctx.jobs.list(request.owner), ctx.converter !== null),
    }),
  );
}
