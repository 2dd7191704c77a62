import { makeIssue } from '../issues/issue';
import { abandonPendingWrites } from '../render/write-folder';
import { printIssues } from './print-issues';

/** Shell convention: 128 + the signal's number. */
const EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Ctrl+C or a stop from the system: removes the temporary folder of a build in progress, says
 * that the output folder is as it was, and exits. Without this, Node would exit at once and
 * leave the temporary folder behind.
 */
export function stopOnSignals(): void {
  // Any other end (a crash, a write to a closed pipe) removes the temporary folder too.
  process.on('exit', abandonPendingWrites);
  for (const signal of Object.keys(EXIT) as (keyof typeof EXIT)[])
    process.once(signal, () => {
      abandonPendingWrites();
      printIssues([makeIssue('INTERRUPTED', { signal })]);
      process.exit(EXIT[signal]);
    });
}
