import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../context';
import { loginPage } from '../pages/login';
import { csrfOf, setSessionCookie } from '../request-session';
import { checkPassword } from '../security/password';
import { newSessionId, ownerOf } from '../security/session';
import { seeOther, sendPage } from '../send';
import { TEXTS } from '../texts';
import { csrfRefused, formField, formTokenValid } from './answers';

/** Signing in with the server's password, when it asks one, and signing out. */
export function loginRoutes(app: FastifyInstance, ctx: WebContext): void {
  const show = (
    request: Parameters<typeof csrfOf>[0],
    reply: Parameters<typeof sendPage>[1],
    status = 200,
    error?: string,
  ) =>
    sendPage(request, reply, ctx, {
      title: TEXTS.login.title,
      section: 'none',
      body: loginPage(csrfOf(request, ctx), error),
      status,
      menu: false,
    });

  app.get('/dang-nhap', async (request, reply) =>
    ctx.password && !ctx.signedIn.has(request.owner) ? show(request, reply) : seeOther(reply, '/'),
  );

  app.post('/dang-nhap', async (request, reply) => {
    if (!ctx.password) return seeOther(reply, '/');
    if (!formTokenValid(request, ctx)) return csrfRefused(request, reply, ctx);
    if (!ctx.throttle.allowed(request.ip)) return show(request, reply, 429, TEXTS.login.throttled);
    if (!checkPassword(formField(request, 'mat_khau'), ctx.password)) {
      ctx.throttle.failed(request.ip);
      return show(request, reply, 401, TEXTS.login.wrong);
    }
    ctx.throttle.succeeded(request.ip);
    // A new session on signing in: a session id known before cannot be carried into it.
    const session = newSessionId();
    setSessionCookie(reply, ctx, session);
    ctx.signedIn.add(ownerOf(session));
    return seeOther(reply, '/');
  });

  app.post('/dang-xuat', async (request, reply) => {
    if (!formTokenValid(request, ctx)) return csrfRefused(request, reply, ctx);
    ctx.signedIn.delete(request.owner);
    return seeOther(reply, ctx.password ? '/dang-nhap' : '/');
  });
}
