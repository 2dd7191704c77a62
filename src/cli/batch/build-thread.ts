import { format } from 'node:util';
import { parentPort } from 'node:worker_threads';
import { runBuild } from '../commands/build';
import { reportCrash } from '../report-crash';
import { earlyPdfConverter } from '../../render/pdf/converter/early-converter';
import type { WarmPool } from '../../render/pdf/converter/warm-pool';
import type { BatchJob, BatchResult, CLOSE_CONVERTER } from './job';

/**
 * With --pdf and TTHC_PDF_CONVERTER unset, one LibreOffice for every dataset of this worker:
 * started with the first (before its data is read), kept warm for the next, closed when the
 * batch has no more (worker.ts).
 */
let converter: WarmPool | null = null;

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
    if (job.pdf) converter ??= earlyPdfConverter();
    exitCode = await runBuild(
      { data: job.data, out: job.out, force: job.force, pdf: job.pdf },
      job.pdf ? (converter ?? undefined) : undefined,
    );
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

parentPort?.on('message', (message: BatchJob | typeof CLOSE_CONVERTER) => {
  if ('tthcCloseConverter' in message) {
    void (converter?.close() ?? Promise.resolve()).then(() =>
      parentPort?.postMessage({ tthcConverterClosed: true }),
    );
    return;
  }
  void build(message).then((result) => parentPort?.postMessage(result));
});
