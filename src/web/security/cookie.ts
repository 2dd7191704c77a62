/**
 * The one cookie the app uses, read and written here: a plugin for it would bring a parser of
 * every cookie syntax for a value that is always 43 URL-safe characters.
 */

/** The value of cookie `name` in a Cookie header, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * A Set-Cookie header for a value of URL-safe characters: not readable by scripts, not sent
 * with other sites' forms (SameSite=Lax), for the whole app.
 * @example sessionCookie('tthc_phien', 'abc', 3600) // 'tthc_phien=abc; Max-Age=3600; Path=/; HttpOnly; SameSite=Lax'
 */
export function sessionCookie(name: string, value: string, maxAgeSeconds: number): string {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) throw new Error('a cookie value must be URL-safe');
  return `${name}=${value}; Max-Age=${Math.round(maxAgeSeconds)}; Path=/; HttpOnly; SameSite=Lax`;
}
