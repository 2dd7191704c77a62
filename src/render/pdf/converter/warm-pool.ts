import { basename } from 'node:path';
import { formatNumber } from '../../../format';
import { makeIssue, type Issue } from '../../../issues/issue';
import { sofficeCommand } from '../../../tools/programs';
import { coldBatch } from './cold-batch';
import {
  DEFAULT_TIMEOUT_MS,
  type ConverterOptions,
  type PdfConversion,
  type PdfConverter,
  type PdfJob,
} from './converter';
import { unoPython, unoWorkerScript } from './uno-python';
import { UnoWorker, type Outcome, type WorkerCommand } from './uno-worker';

export interface WarmPoolOptions extends ConverterOptions {
  /** How many LibreOffice processes at most (each converts one file at a time); 1 by default. */
  readonly size?: number;
  /** The Python with python3-uno; see unoPython. */
  readonly python?: string;
  /** The worker script; uno-worker.py by default (tests give a stand-in). */
  readonly script?: string;
  /** Longest wait for a worker to accept requests; `timeoutMs` by default. */
  readonly startTimeoutMs?: number;
  /** Used when no worker can start; a cold batch with the same LibreOffice by default. */
  readonly fallback?: PdfConverter;
  /**
   * Goes the fallback's way without PDF_WARM_UNAVAILABLE: for a pool the user did not ask for
   * (the early start of one `tthc build --pdf`), whose fallback is what they would get anyway.
   */
  readonly quietFallback?: boolean;
}

/** A warm converter; `workersStarted` counts every LibreOffice started, restarts included. */
export interface WarmPool extends PdfConverter {
  readonly kind: 'warm';
  readonly workersStarted: number;
  /** Starts its workers now instead of at the first call, so that their start overlaps other work. */
  start(): void;
}

/** How long `close` lets LibreOffice end on its own before it is stopped. */
const CLOSE_GRACE_MS = 10_000;

/** A file waiting for a worker; `cold` when the pool gave up and the cold path must do it. */
interface Entry {
  readonly job: PdfJob;
  tries: number;
  readonly done: (result: Issue | null | 'cold') => void;
}

class Pool implements WarmPool {
  readonly kind = 'warm';
  workersStarted = 0;
  private readonly workers = new Set<UnoWorker>();
  private readonly idle: UnoWorker[] = [];
  private readonly queue: Entry[] = [];
  private starting = 0;
  private capacity: number;
  /** Set when the pool could not start: every call goes the cold way. */
  private unavailable: Issue | null = null;
  private warned = false;
  private closed = false;
  private hooked = false;
  private readonly timeoutMs: number;
  private readonly startTimeoutMs: number;
  private readonly fallback: PdfConverter;
  private readonly quietFallback: boolean;
  private readonly command: WorkerCommand;
  private readonly onExit = () => this.stopAll();

  constructor(options: WarmPoolOptions) {
    this.capacity = Math.max(1, options.size ?? 1);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.startTimeoutMs = options.startTimeoutMs ?? this.timeoutMs;
    const soffice = options.command ?? sofficeCommand();
    this.fallback =
      options.fallback ??
      coldBatch({ command: soffice, timeoutMs: this.timeoutMs, tempDir: options.tempDir });
    this.quietFallback = options.quietFallback ?? false;
    this.command = {
      python: options.python ?? unoPython(),
      script: options.script ?? unoWorkerScript(),
      soffice,
      tempDir: options.tempDir,
    };
  }

  async convert(jobs: readonly PdfJob[], each?: (index: number) => void): Promise<PdfConversion> {
    if (this.closed) throw new Error('the PDF converter was closed');
    const results = jobs.map(
      (job, i) =>
        new Promise<Issue | null | 'cold'>((done) => {
          if (this.unavailable) return done('cold');
          this.queue.push({
            job,
            tries: 0,
            done: (result) => {
              if (result === null) each?.(i);
              done(result);
            },
          });
        }),
    );
    this.pump();
    return this.finish(jobs, await Promise.all(results));
  }

  start(): void {
    if (this.closed || this.unavailable) return;
    const wanted = this.capacity - this.workers.size - this.starting;
    for (let i = 0; i < wanted; i++) void this.startWorker();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const e of this.queue.splice(0)) e.done(this.failed(e.job, 'bộ chuyển PDF đã đóng'));
    const workers = [...this.workers];
    this.workers.clear();
    this.idle.length = 0;
    await Promise.all(workers.map((w) => w.close(CLOSE_GRACE_MS)));
    this.stopAll();
    await this.fallback.close();
  }

  /** The files the pool gave up on go through the cold path, all in one run. */
  private async finish(
    jobs: readonly PdfJob[],
    results: (Issue | null | 'cold')[],
  ): Promise<PdfConversion> {
    const cold = jobs.filter((_, i) => results[i] === 'cold');
    const warnings: Issue[] = [];
    if (cold.length > 0) {
      const fallback = await this.fallback.convert(cold);
      let k = 0;
      results.forEach((r, i) => {
        if (r === 'cold') results[i] = fallback.issues[k++] ?? null;
      });
      warnings.push(...fallback.warnings);
      if (!this.warned && this.unavailable && !this.quietFallback) {
        this.warned = true;
        warnings.unshift(this.unavailable);
      }
    }
    return { issues: results as (Issue | null)[], warnings };
  }

  /** Gives waiting files to idle workers, and starts workers while files wait and room is left. */
  private pump(): void {
    while (this.queue.length > 0 && this.idle.length > 0)
      void this.run(this.idle.pop()!, this.queue.shift()!);
    const wanted = Math.min(
      this.queue.length - this.starting,
      this.capacity - this.workers.size - this.starting,
    );
    for (let i = 0; i < wanted; i++) void this.startWorker();
  }

  private async startWorker(): Promise<void> {
    this.starting++;
    if (!this.hooked) {
      // Any end of Node (a crash, process.exit) stops LibreOffice; signals go through the
      // clean-up registry of write-folder.ts, where the workers' groups are registered.
      process.on('exit', this.onExit);
      this.hooked = true;
    }
    const started = await UnoWorker.start(this.command, this.startTimeoutMs).catch(
      (err: Error) => ({ reason: err.message }),
    );
    this.starting--;
    if (started instanceof UnoWorker) {
      this.workersStarted++;
      if (this.closed) return started.stop();
      this.workers.add(started);
      this.idle.push(started);
    } else if (this.workers.size === 0 && this.starting === 0) {
      // Nothing runs and nothing will: the files waiting, and every later call, go cold.
      this.unavailable = makeIssue('PDF_WARM_UNAVAILABLE', { reason: started.reason });
      for (const e of this.queue.splice(0)) e.done('cold');
    } else {
      // Others run: carry on with them rather than trying again and again.
      this.capacity = this.workers.size + this.starting;
    }
    this.pump();
  }

  private async run(worker: UnoWorker, entry: Entry): Promise<void> {
    // A target that cannot be written is the file's failure; the worker is still good.
    const outcome = await worker
      .convert(entry.job.source, entry.job.target, this.timeoutMs)
      .catch((err: Error): Outcome => ({ kind: 'refused', reason: err.message }));
    if (outcome.kind === 'done' || outcome.kind === 'refused') this.idle.push(worker);
    else this.workers.delete(worker);
    const result = this.resultOf(entry, outcome);
    if (result !== 'again') entry.done(result);
    else if (this.unavailable) entry.done('cold');
    else this.queue.unshift(entry);
    this.pump();
  }

  /** A crash or a hang: the worker is gone, the file gets one more try with a new one. */
  private resultOf(entry: Entry, outcome: Outcome): Issue | null | 'again' {
    if (outcome.kind === 'done') return null;
    if (outcome.kind === 'refused') return this.failed(entry.job, outcome.reason);
    if (entry.tries++ === 0 && !this.closed) return 'again';
    if (outcome.kind === 'timeout')
      return makeIssue(
        'PDF_CONVERSION_TIMEOUT',
        { seconds: formatNumber(this.timeoutMs / 1000) },
        { file: basename(entry.job.source) },
      );
    return this.failed(entry.job, `LibreOffice dừng đột ngột (${outcome.reason})`);
  }

  private failed(job: PdfJob, reason: string): Issue {
    return makeIssue('PDF_CONVERSION_FAILED', { reason }, { file: basename(job.source) });
  }

  /** Synchronous, for the exit hook: every worker's group killed, every profile removed. */
  private stopAll(): void {
    for (const w of this.workers) w.stop();
    this.workers.clear();
    this.idle.length = 0;
    if (this.hooked) process.removeListener('exit', this.onExit);
    this.hooked = false;
  }
}

/**
 * A warm converter: up to `size` LibreOffice processes kept running between calls, each with
 * a private profile, driven through UNO by uno-worker.py, so only the first call pays
 * LibreOffice's start. Started on the first call; a worker that crashes or does not answer a
 * file within `timeoutMs` is stopped, and the file is tried once more with a new worker. When no
 * worker can start (no python3-uno, LibreOffice refuses), the files go the cold way and the
 * first call after says so once (PDF_WARM_UNAVAILABLE, a warning). `close` stops every worker
 * (its whole process group) and removes the profiles; so do Ctrl+C, SIGTERM (through
 * abandonPendingWrites) and the end of the process.
 */
export function warmPool(options: WarmPoolOptions = {}): WarmPool {
  return new Pool(options);
}
