import type { IssueParams, Severity } from './entry';
import type { Location } from './location';
import { MESSAGES, type IssueCode } from './messages';
import { cutAt } from './shown-value';
import { visible } from './visible';

/** One problem the user can fix: stable code, severity, Vietnamese message, location. */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly message: string;
  readonly location?: Location;
}

/**
 * Builds an issue from the message catalogue.
 * @example makeIssue('MISSING_TABLE', { table: 'DonVi' }, { file: 'data/' })
 */
export function makeIssue(code: IssueCode, params: IssueParams = {}, location?: Location): Issue {
  const entry = MESSAGES[code];
  const shown = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? clip(v) : v]),
  );
  return { code, severity: entry.severity, message: entry.text(shown), location };
}

/** Longest value a message quotes; a 5,000-character header or name is cut, never printed whole. */
const PARAM_LENGTH = 200;

const clip = (v: string) => visible(cutAt(v, PARAM_LENGTH));

export const hasErrors = (issues: readonly Issue[]): boolean =>
  issues.some((i) => i.severity === 'error');
