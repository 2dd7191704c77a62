import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { CommandModule } from 'yargs';
import { formatNumber } from '../../format';
import { makeIssue } from '../../issues/issue';
import { findDatasets } from '../batch/find-datasets';
import { runPool } from '../batch/pool';
import { batchProgress, type ProgressStream } from '../batch/progress';
import { summaryIssue } from '../batch/summary-issue';
import { checkPdfTools } from '../../render/pdf/pdf-tools';
import { printIssues } from '../print-issues';

/** Wrong usage exits 2, as yargs' own checks do in main.ts. */
const USAGE_EXIT = 2;

export interface BatchArgs {
  readonly root: string;
  readonly out: string;
  readonly force: boolean;
  /** How many datasets are built at once; one per core by default. */
  readonly jobs: number;
  /** Also the PDFs and the bundle of each package (needs LibreOffice). */
  readonly pdf?: boolean;
}

/**
 * `tthc batch`: `tthc build` on every dataset of a folder, several at once in worker
 * processes. Each package goes to its own folder under `out` with the rules of build (written
 * whole or not at all, nothing overwritten without --force); a failing dataset does not stop
 * the others, and the failures are listed at the end. Exit 1 when any dataset failed.
 */
export async function runBatch(
  args: BatchArgs,
  stream: ProgressStream = process.stderr,
): Promise<number> {
  if (!Number.isInteger(args.jobs) || args.jobs < 1)
    return (
      console.error('--jobs phải là số nguyên dương (số bộ dữ liệu lập cùng lúc).'),
      USAGE_EXIT
    );
  // A missing LibreOffice is said once, before any dataset, not once per dataset.
  if (args.pdf && printIssues(checkPdfTools()) !== 0) return 1;
  const datasets = findDatasets(args.root, args.out);
  if (!datasets || datasets.length === 0) {
    const code = datasets ? 'BATCH_ROOT_EMPTY' : 'BATCH_ROOT_NOT_FOUND';
    return printIssues([makeIssue(code, { root: args.root }, { file: args.root })]);
  }
  const jobs = datasets.map((data, index) => ({
    index,
    data,
    out: args.out,
    force: args.force,
    pdf: args.pdf ?? false,
  }));
  // Made here, not by the first worker: a worker removes only what it made, and only if empty.
  mkdirSync(args.out, { recursive: true });
  const workers = Math.min(args.jobs, jobs.length);
  console.error(
    `Lập ${jobs.length} bộ văn bản từ "${args.root}" vào "${args.out}", ${workers} tiến trình song song.`,
  );
  const start = performance.now();
  const progress = batchProgress(stream, jobs.length);
  const results = await runPool(jobs, workers, (r) => progress.done(r));
  progress.end();
  const failed = results.filter((r) => r.exitCode !== 0);
  printIssues(results.map(summaryIssue).filter((i) => i !== null));
  const took = formatNumber((performance.now() - start) / 1000, { decimals: 1 });
  console.log(
    `Đã lập ${results.length - failed.length}/${results.length} bộ văn bản vào "${args.out}" trong ${took} giây.`,
  );
  return failed.length > 0 ? 1 : 0;
}

export const batchCommand: CommandModule<object, BatchArgs> = {
  command: 'batch',
  describe: 'Lập bộ văn bản cho mọi bộ dữ liệu trong một thư mục, song song trên các lõi',
  builder: (y) =>
    y
      .option('root', {
        type: 'string',
        demandOption: true,
        describe: 'Thư mục chứa các bộ dữ liệu (thư mục CSV, tệp .xlsx, tệp .json)',
      })
      .option('out', { type: 'string', default: 'output', describe: 'Thư mục kết quả' })
      .option('force', {
        type: 'boolean',
        default: false,
        describe: 'Ghi đè các thư mục kết quả đã có',
      })
      .option('jobs', {
        alias: 'j',
        type: 'number',
        default: availableParallelism(),
        describe: 'Số bộ dữ liệu lập cùng lúc (mặc định: số lõi)',
      })
      .option('pdf', {
        type: 'boolean',
        default: false,
        describe: 'Ghi thêm bản PDF và tệp gộp cả bộ của mỗi bộ văn bản (cần LibreOffice)',
      }),
  handler: async (argv) => {
    process.exitCode = await runBatch(argv);
  },
};
