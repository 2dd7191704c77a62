import { controlArgument } from './argument-checks';
import { forwarded, isOwnStop } from './own-stop';
import { runInWorker } from './run-in-worker';

/** The messages of a run that ends by a signal or a crash, loaded only then (run-ending.ts). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ending = () => require('./run-ending') as typeof import('./run-ending');

/** Shell convention: 128 + the signal's number. */
const EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/** Wrong usage exits 2, as in cli.ts. */
const USAGE_EXIT = 2;

/**
 * The main thread of the CLI: starts the command in a worker thread (`entry`, which runs
 * cli.ts there) and watches it. Ctrl+C or a stop from the system ends it at once, busy or not:
 * the temporary folder is removed (after the swap of a package, if one is under way, so the
 * output folder is either as it was or complete), LibreOffice stopped, INTERRUPTED printed,
 * exit 130 (143). A run that stops its own way (`tthc serve`, own-stop.ts) is handed the first
 * signal instead, and ends when it is done; a second signal stops it at once, as above. A run
 * that exhausts its memory ends with OUT_OF_MEMORY, not a V8 crash.
 */
export function supervise(entry: string): void {
  const args = process.argv.slice(2);
  const control = controlArgument(args);
  if (control) {
    console.error(`${control}\nXem hướng dẫn: tthc --help`);
    process.exitCode = USAGE_EXIT;
    return;
  }
  let ownStop = false;
  const run = runInWorker(entry, {
    argv: args,
    onMessage: (m) => {
      if (isOwnStop(m)) ownStop = true;
    },
  });
  let stopping = false;
  let handedOn = false;
  for (const signal of Object.keys(EXIT) as (keyof typeof EXIT)[])
    process.on(signal, () => {
      // A second Ctrl+C while the first is being answered changes nothing.
      if (stopping) return;
      if (ownStop && !handedOn) {
        handedOn = true;
        run.worker.postMessage(forwarded(signal));
        return;
      }
      stopping = true;
      void run.stop().then(() => {
        ending().printInterrupted(signal);
        process.exit(EXIT[signal]);
      });
    });
  run.worker.on('error', (err: Error & { code?: string }) => {
    if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') process.exitCode = ending().printOutOfMemory();
    else process.exitCode = ending().reportCrash(err, args.includes('--debug'));
  });
  run.worker.on('exit', (code) => {
    if (!stopping && process.exitCode === undefined) process.exitCode = code;
  });
}
