import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WebContext } from './context';
import type { SafeHtml } from './pages/html';
import { page, type Section } from './pages/layout';
import { messagePage } from './pages/message';
import { csrfOf } from './request-session';

/** Sends a whole page. */
export function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: WebContext,
  o: {
    readonly title: string;
    readonly section: Section;
    readonly body: SafeHtml;
    readonly status?: number;
    readonly head?: SafeHtml;
    readonly menu?: boolean;
  },
): FastifyReply {
  const html = page({
    title: o.title,
    section: o.section,
    body: o.body,
    csrf: csrfOf(request, ctx),
    signOut: ctx.password !== null,
    ...(o.head ? { head: o.head } : {}),
    ...(o.menu !== undefined ? { menu: o.menu } : {}),
  });
  return reply
    .code(o.status ?? 200)
    .type('text/html; charset=utf-8')
    .send(html.text);
}

/** Sends a page that only says something (not found, busy, refused). */
export function sendMessage(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: WebContext,
  status: number,
  title: string,
  text: string,
): FastifyReply {
  return sendPage(request, reply, ctx, {
    title,
    section: 'none',
    body: messagePage(text),
    status,
  });
}

/** After a form: to the page of what it made (303, so a reload does not post again). */
export const seeOther = (reply: FastifyReply, url: string): FastifyReply =>
  reply.code(303).header('location', url).send();
