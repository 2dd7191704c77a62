import { createHmac, timingSafeEqual } from 'node:crypto';

/** The name of the hidden field every form carries. */
export const CSRF_FIELD = '_csrf';

/**
 * The token of a session's forms: an HMAC of the session id under the server's secret. Another
 * site can make a browser send the session's cookie, but cannot read a page to learn the token.
 */
export const csrfToken = (secret: Buffer, session: string): string =>
  createHmac('sha256', secret).update(`csrf:${session}`).digest('base64url');

/** Whether a form's token is the session's, compared in constant time. */
export function csrfValid(secret: Buffer, session: string, token: unknown): boolean {
  if (typeof token !== 'string') return false;
  const expected = Buffer.from(csrfToken(secret, session));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
