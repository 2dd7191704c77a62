import { format } from 'node:util';
import { parentPort } from 'node:worker_threads';
import { runBuild } from '../commands/build';
import { reportCrash } from '../report-crash';
import type { BatchJob, BatchResult } from './job';

/**
 * The thread of a worker process of `tthc batch` (worker.ts) that builds: one dataset at a
 * time with the code of `tthc build`, sending back its exit code and what it printed, so that
 * the lines of parallel builds never mix on the terminal. It stays up between datasets, paying
 * its start-up once.
 */
async function build(job: BatchJob): Promise<BatchResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const { log, error } = console;
  // One entry per line, as a terminal would show them, so the summary can pick lines.
  console.log = (...args: unknown[]) => void stdout.push(...format(...args).split('\n'));
  console.error = (...args: unknown[]) => void stderr.push(...format(...args).split('\n'));
  const start = performance.now();
  let exitCode: number;
  try {
    exitCode = await runBuild({ data: job.data, out: job.out, force: job.force, pdf: job.pdf });
  } catch (err) {
    // As the CLI says it: a file-system error in Vietnamese (exit 1), else INTERNAL_ERROR (3).
    exitCode = reportCrash(err, false, (line) => void stderr.push(line));
  } finally {
    Object.assign(console, { log, error });
  }
  return {
    index: job.index,
    data: job.data,
    exitCode,
    stdout,
    stderr,
    ms: performance.now() - start,
  };
}

parentPort?.on('message', (job: BatchJob) => {
  void build(job).then((result) => parentPort?.postMessage(result));
});
