import { createHash, randomBytes } from 'node:crypto';

/** The cookie that names a browser's session: its jobs are the ones it made. */
export const SESSION_COOKIE = 'tthc_phien';

/** 256 random bits: whoever holds it is the session, so it cannot be guessed. */
export const newSessionId = (): string => randomBytes(32).toString('base64url');

/** A cookie value that can be a session id; anything else gets a new session. */
export const isSessionId = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);

/**
 * The owner written in a job's manifest: a hash of the session id, so that the data folder
 * never holds what would let someone take over a session.
 */
export const ownerOf = (session: string): string =>
  createHash('sha256').update(session).digest('hex');
