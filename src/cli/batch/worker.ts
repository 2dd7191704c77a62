import { format } from 'node:util';
import { abandonPendingWrites } from '../../render/write-folder';
import { runBuild } from '../commands/build';
import { reportCrash } from '../report-crash';
import type { BatchJob, BatchResult } from './job';

/**
 * A worker process of `tthc batch`: builds one dataset at a time with the code of `tthc build`
 * and sends back its exit code and what it printed, so that the lines of parallel builds never
 * mix on the terminal. The process stays up between datasets, paying its start-up once.
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

// Stopped (Ctrl+C reaches the whole process group) or left alone by the batch: the build in
// progress removes its temporary folder, so the output folder stays as it was.
const stop = (code: number) => () => (abandonPendingWrites(), process.exit(code));
process.once('SIGINT', stop(1));
process.once('SIGTERM', stop(1));
process.once('disconnect', stop(0));
// Any other end (a write to the closed pipe of a batch that is gone, a crash) removes it too.
process.on('exit', abandonPendingWrites);

process.on('message', (job: BatchJob) => {
  void build(job).then((result) => process.send?.(result));
});
