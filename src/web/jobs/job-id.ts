import { randomBytes } from 'node:crypto';

/** 144 random bits, URL-safe: a job's folder and address cannot be guessed or counted. */
export const newJobId = (): string => randomBytes(18).toString('base64url');

const JOB_ID = /^[A-Za-z0-9_-]{24}$/;

/**
 * Whether a value from a request can be a job id at all: checked before it is looked up, so
 * that nothing else (a "..", a slash) is ever joined to a folder.
 * @example isJobId('../../etc/passwd') // false
 */
export const isJobId = (value: unknown): value is string =>
  typeof value === 'string' && JOB_ID.test(value);
