import type { FastifyReply, FastifyRequest } from 'fastify';
import { readCookie, sessionCookie } from './security/cookie';
import { csrfToken } from './security/csrf';
import { isSessionId, newSessionId, ownerOf, SESSION_COOKIE } from './security/session';
import type { WebContext } from './context';

declare module 'fastify' {
  interface FastifyRequest {
    /** The browser's session id (from its cookie, or new). */
    session: string;
    /** The hash of the session that jobs are owned by. */
    owner: string;
  }
}

/** Sets the session cookie: not readable by scripts, not sent by other sites' forms. */
export function setSessionCookie(reply: FastifyReply, ctx: WebContext, session: string): void {
  const maxAge = Math.max(3600, ctx.options.keepHours * 3600);
  reply.header('set-cookie', sessionCookie(SESSION_COOKIE, session, maxAge));
}

/** The request's session, made on the first request of a browser. */
export function attachSession(request: FastifyRequest, reply: FastifyReply, ctx: WebContext): void {
  const given = readCookie(request.headers.cookie, SESSION_COOKIE);
  const session = isSessionId(given) ? given : newSessionId();
  if (session !== given) setSessionCookie(reply, ctx, session);
  request.session = session;
  request.owner = ownerOf(session);
}

/** The CSRF token of the request's session, for the forms of the page. */
export const csrfOf = (request: FastifyRequest, ctx: WebContext): string =>
  csrfToken(ctx.secret, request.session);
