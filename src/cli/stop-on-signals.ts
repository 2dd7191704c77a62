import { makeIssue } from '../issues/issue';
import { abandonPendingWrites } from '../render/write-folder';
import { printIssues } from './print-issues';

/** Shell convention: 128 + the signal's number. */
const EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

type StopSignal = keyof typeof EXIT;

const handlers = new Map<StopSignal, () => void>();

/**
 * Ctrl+C or a stop from the system: removes the temporary folder of a build in progress, says
 * that the output folder is as it was, and exits. Without this, Node would exit at once and
 * leave the temporary folder behind.
 */
export function stopOnSignals(): void {
  // Any other end (a crash, a write to a closed pipe) removes the temporary folder too.
  process.on('exit', abandonPendingWrites);
  for (const signal of Object.keys(EXIT) as StopSignal[]) {
    const handler = () => {
      abandonPendingWrites();
      printIssues([makeIssue('INTERRUPTED', { signal })]);
      process.exit(EXIT[signal]);
    };
    handlers.set(signal, handler);
    process.once(signal, handler);
  }
}

/**
 * Hands Ctrl+C and SIGTERM to a command that stops in its own way (`tthc serve` finishes or
 * cancels its builds first); the clean-up at exit stays.
 */
export function releaseSignals(): void {
  for (const [signal, handler] of handlers) process.removeListener(signal, handler);
  handlers.clear();
}
