import type { Location } from './location';
import { MESSAGES, type IssueCode } from './messages';

export type Severity = 'error' | 'warning';
export type IssueParams = Readonly<Record<string, string | number>>;

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
  return { code, severity: entry.severity, message: entry.text(params), location };
}

export const hasErrors = (issues: readonly Issue[]): boolean =>
  issues.some((i) => i.severity === 'error');
