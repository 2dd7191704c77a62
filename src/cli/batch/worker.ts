import { join } from 'node:path';
import { runInWorker } from '../run-in-worker';
import type { BatchJob, BatchResult } from './job';

/**
 * A worker process of `tthc batch`. Its builds run in a thread of their own (build-thread.ts);
 * this thread relays the jobs and results and answers a stop at once, busy build or not:
 * Ctrl+C (it reaches the whole process group), SIGTERM, or the batch going away (the channel
 * closes). The build in progress is stopped, its temporary folder removed, so the output
 * folder stays as it was.
 */
const run = runInWorker(join(__dirname, 'build-thread.js'), {
  onMessage: (result) => process.send?.(result as BatchResult),
});

let stopping = false;
const stop = (code: number) => () => {
  if (stopping) return;
  stopping = true;
  void run.stop().then(() => process.exit(code));
};
process.on('SIGINT', stop(1));
process.on('SIGTERM', stop(1));
process.on('disconnect', stop(0));
process.on('message', (job: BatchJob) => run.worker.postMessage(job));
// A thread that dies (out of memory) takes the process with it; the batch reports the dataset.
run.worker.on('exit', (code) => {
  if (!stopping) process.exit(code || 1);
});
run.worker.on('error', (err) => {
  process.stderr.write(`${err.name}: ${err.message}\n`);
});
