import { makeIssue } from '../issues/issue';
import { controlArgument } from './argument-checks';
import { printIssues } from './print-issues';
import { INTERNAL_EXIT, reportCrash } from './report-crash';
import { runInWorker } from './run-in-worker';

/** Shell convention: 128 + the signal's number. */
const EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/** Wrong usage exits 2, as in cli.ts. */
const USAGE_EXIT = 2;

/**
 * The main thread of the CLI: starts the command in a worker thread (`entry`, which runs
 * cli.ts there) and watches it. Ctrl+C or a stop from the system ends it at once, busy or not:
 * the temporary folder is removed (after the swap of a package, if one is under way, so the
 * output folder is either as it was or complete), LibreOffice stopped, INTERRUPTED printed,
 * exit 130 (143). A run that exhausts its memory ends with OUT_OF_MEMORY, not a V8 crash.
 */
export function supervise(entry: string): void {
  const args = process.argv.slice(2);
  const control = controlArgument(args);
  if (control) {
    console.error(`${control}\nXem hướng dẫn: tthc --help`);
    process.exitCode = USAGE_EXIT;
    return;
  }
  const run = runInWorker(entry, { argv: args });
  let stopping = false;
  for (const signal of Object.keys(EXIT) as (keyof typeof EXIT)[])
    process.on(signal, () => {
      // A second Ctrl+C while the first is being answered changes nothing.
      if (stopping) return;
      stopping = true;
      void run.stop().then(() => {
        printIssues([makeIssue('INTERRUPTED', { signal })]);
        process.exit(EXIT[signal]);
      });
    });
  run.worker.on('error', (err: Error & { code?: string }) => {
    if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      printIssues([makeIssue('OUT_OF_MEMORY', {})]);
      process.exitCode = INTERNAL_EXIT;
    } else process.exitCode = reportCrash(err, args.includes('--debug'));
  });
  run.worker.on('exit', (code) => {
    if (!stopping && process.exitCode === undefined) process.exitCode = code;
  });
}
