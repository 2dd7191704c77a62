import { join } from 'node:path';
import { runInWorker } from '../run-in-worker';
import { CLOSE_CONVERTER, isConverterClosed, type BatchJob, type BatchResult } from './job';

/**
 * A worker process of `tthc batch`. Its builds run in a thread of their own (build-thread.ts);
 * this thread relays the jobs and results and answers a stop at once, busy build or not:
 * Ctrl+C (it reaches the whole process group), SIGTERM, or the batch going away (the channel
 * closes). The build in progress is stopped, its temporary folder removed, so the output
 * folder stays as it was. When the batch has no more datasets for it, an idle worker first
 * lets the thread close its LibreOffice cleanly.
 */
let busy = false;
let converterClosed: (() => void) | null = null;
const run = runInWorker(join(__dirname, 'build-thread.js'), {
  onMessage: (message) => {
    if (isConverterClosed(message)) return converterClosed?.();
    busy = false;
    process.send?.(message as BatchResult);
  },
});

/** Longest wait for the thread's LibreOffice to end on its own once the batch is done. */
const CLOSE_MS = 15_000;

let stopping = false;
const stop = (code: number) => () => {
  if (stopping) return;
  stopping = true;
  void run.stop().then(() => process.exit(code));
};
process.on('SIGINT', stop(1));
process.on('SIGTERM', stop(1));
// No more datasets: an idle thread first lets its LibreOffice end cleanly (which removes
// LibreOffice's files from /tmp); a busy one (the batch went away) is stopped at once.
let closing = false;
process.on('disconnect', () => {
  if (busy) return stop(0)();
  if (closing || stopping) return;
  // A Ctrl+C meanwhile still stops it at once.
  closing = true;
  const closed = new Promise<void>((done) => {
    converterClosed = done;
    setTimeout(done, CLOSE_MS).unref();
  });
  run.worker.postMessage(CLOSE_CONVERTER);
  void closed.then(() => stop(0)());
});
process.on('message', (job: BatchJob) => {
  busy = true;
  run.worker.postMessage(job);
});
// A thread that dies (out of memory) takes the process with it; the batch reports the dataset.
run.worker.on('exit', (code) => {
  if (!stopping) process.exit(code || 1);
});
run.worker.on('error', (err) => {
  process.stderr.write(`${err.name}: ${err.message}\n`);
});
