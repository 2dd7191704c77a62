import { makeIssue } from '../issues/issue';
import { printIssues } from './print-issues';
import { INTERNAL_EXIT, reportCrash } from './report-crash';

// What the main thread says when a run ends otherwise than by itself. supervise.ts loads this
// module only then: the worker starts sooner without it (docs/bundle.md, "The main thread").

/** INTERRUPTED, after Ctrl+C or a stop from the system. */
export function printInterrupted(signal: 'SIGINT' | 'SIGTERM'): void {
  printIssues([makeIssue('INTERRUPTED', { signal })]);
}

/** OUT_OF_MEMORY instead of a V8 crash; returns the exit code. */
export function printOutOfMemory(): number {
  printIssues([makeIssue('OUT_OF_MEMORY', {})]);
  return INTERNAL_EXIT;
}

export { reportCrash };
