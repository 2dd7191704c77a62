import type { PdfConverter } from '../render/pdf/converter/converter';
import type { JobStore } from './jobs/job-store';
import type { WorkQueue } from './jobs/work-queue';
import type { WebOptions } from './options';
import type { LoginThrottle } from './security/login-throttle';
import type { PasswordHash } from './security/password';

/** What the routes share: the options, the jobs, the queues, the converter, the secrets. */
export interface WebContext {
  readonly options: WebOptions;
  readonly jobs: JobStore;
  /** Builds (package and letter): at most `builds` at once, `queue` waiting. */
  readonly builds: WorkQueue;
  /** Checks of uploads (validate, audit, check-format): the same bound, so a flood waits or is told "busy". */
  readonly checks: WorkQueue;
  /** Null when PDFs cannot be made here (no LibreOffice). */
  readonly converter: PdfConverter | null;
  /** Signs the CSRF tokens; new at each start. */
  readonly secret: Buffer;
  /** Null when no password is asked (listening on 127.0.0.1 without one). */
  readonly password: PasswordHash | null;
  /** The sessions (by owner hash) that gave the password. */
  readonly signedIn: Set<string>;
  readonly throttle: LoginThrottle;
  readonly now: () => number;
  readonly log: (line: string) => void;
  /** Set once the server is stopping: no new job is taken. */
  stopping: boolean;
}
