import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { formatNumber } from '../../../format';
import { trackTemporary, untrackTemporary } from '../../write-folder';
import { isWholePdf } from './cold-batch';
import { officePipes } from './office-pipes';
import { lastLines, startGroup, type GroupRun } from './process-group';

/** What starts a worker: `python script soffice profile pipe` (uno-worker.py's arguments). */
export interface WorkerCommand {
  /** A Python 3 that can `import uno` (Debian's python3-uno). */
  readonly python: string;
  /** The script speaking the protocol of uno-worker.py. */
  readonly script: string;
  /** The LibreOffice program. */
  readonly soffice: string;
  /** Where the worker's folder (profile, PDFs being written) is made. */
  readonly tempDir?: string;
}

/** Why a worker did not start: no Python, no python3-uno, LibreOffice refused, or too slow. */
export interface StartFailure {
  readonly reason: string;
}

/** How one file went. */
export type Outcome =
  | { readonly kind: 'done' }
  /** LibreOffice could not convert the file (a damaged file); the worker is still good. */
  | { readonly kind: 'refused'; readonly reason: string }
  /** No answer in time: the worker was stopped. */
  | { readonly kind: 'timeout' }
  /** The worker ended under the request (LibreOffice crashed): it is gone. */
  | { readonly kind: 'crashed'; readonly reason: string };

interface Message {
  readonly ready?: boolean;
  readonly problem?: string;
  readonly reason?: string;
  readonly id?: number;
  readonly ok?: boolean;
}

/**
 * The streams of an idle worker must not keep Node running: a CLI that used the warm pool
 * exits when its work is done (the exit hook of the pool then stops the workers). While a
 * request is out, its timer keeps Node up.
 */
const unref = (stream: Readable | Writable | null) =>
  (stream as unknown as { unref?: () => void } | null)?.unref?.();

/**
 * One long-lived LibreOffice behind uno-worker.py, in a process group of its own with a
 * private profile in a temporary folder; converts one file at a time. `stop` is synchronous,
 * so that it can run in an exit hook.
 */
export class UnoWorker {
  private pending: ((m: Message | null) => void) | null = null;
  private lines = '';
  private nextId = 1;
  private gone = false;

  private constructor(
    private readonly run: GroupRun,
    /** The worker's folder (profile, PDFs being written) and LibreOffice's pipe files. */
    private readonly temporary: readonly string[],
  ) {
    const { child } = run;
    child.unref();
    [child.stdin, child.stdout, child.stderr].forEach(unref);
    // A worker that died leaves a closed pipe: its end is seen through `ended`.
    child.stdin!.on('error', () => undefined);
    child.stdout!.on('data', (d: Buffer) => this.read(d));
    void run.ended.then(() => {
      this.gone = true;
      this.cleanUp();
      this.answer(null);
    });
  }

  /** Starts a worker and waits until LibreOffice accepts requests. */
  static async start(cmd: WorkerCommand, timeoutMs: number): Promise<UnoWorker | StartFailure> {
    const work = mkdtempSync(join(cmd.tempDir ?? tmpdir(), 'tthc-uno-'));
    const profile = join(work, 'profile');
    // The pipe is named after the worker's folder: unique, and short enough for a socket path.
    const pipe = basename(work);
    const temporary = [work, ...officePipes(pathToFileURL(profile).href, [pipe])];
    temporary.forEach(trackTemporary);
    const run = startGroup(cmd.python, [cmd.script, cmd.soffice, profile, pipe], true);
    const worker = new UnoWorker(run, temporary);
    const first = await worker.wait(timeoutMs);
    if (first?.ready === true) return worker;
    worker.stop();
    if (first === undefined)
      return { reason: `LibreOffice chưa sẵn sàng sau ${formatNumber(timeoutMs / 1000)} giây` };
    if (first !== null) return { reason: first.reason ?? JSON.stringify(first) };
    // Ended before a word: it has ended, so its output is all there.
    const end = await run.ended;
    if (end.error) return { reason: `${cmd.python}: ${end.error.message}` };
    return { reason: lastLines(run.output()) || `mã thoát ${end.code}` };
  }

  /** Converts `source` to PDF at `target`, written only when whole. */
  async convert(source: string, target: string, timeoutMs: number): Promise<Outcome> {
    if (this.gone) return { kind: 'crashed', reason: 'worker already stopped' };
    const id = this.nextId++;
    const out = join(this.temporary[0]!, `${id}.pdf`);
    this.run.child.stdin!.write(`${JSON.stringify({ id, source, target: out })}\n`);
    const m = await this.wait(timeoutMs);
    if (m === undefined) {
      this.stop();
      return { kind: 'timeout' };
    }
    if (m === null)
      return { kind: 'crashed', reason: lastLines(this.run.output()) || 'LibreOffice đã dừng' };
    if (m.id !== id || m.ok !== true || !isWholePdf(out)) {
      rmSync(out, { force: true });
      return { kind: 'refused', reason: m.reason ?? 'không có tệp PDF' };
    }
    copyFileSync(out, target);
    rmSync(out, { force: true });
    return { kind: 'done' };
  }

  /**
   * Lets the worker end LibreOffice cleanly (stdin closed: uno-worker.py terminates it, which
   * also removes LibreOffice's pipe files from /tmp), after the file under way if any; stops it
   * if it has not ended within `graceMs`.
   */
  async close(graceMs: number): Promise<void> {
    if (!this.gone) {
      this.run.child.stdin!.end();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([this.run.ended, new Promise((r) => (timer = setTimeout(r, graceMs)))]);
      clearTimeout(timer);
    }
    this.stop();
  }

  /** Stops LibreOffice and the script at once (SIGKILL to the group); removes the profile. */
  stop(): void {
    this.run.kill();
    this.cleanUp();
  }

  private cleanUp(): void {
    for (const t of this.temporary) {
      rmSync(t, { recursive: true, force: true });
      untrackTemporary(t);
    }
  }

  /** The next message; null when the worker ended first, undefined after `timeoutMs`. */
  private wait(timeoutMs: number): Promise<Message | null | undefined> {
    if (this.gone) return Promise.resolve(null);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        resolve(undefined);
      }, timeoutMs);
      this.pending = (m) => {
        clearTimeout(timer);
        resolve(m);
      };
    });
  }

  private answer(m: Message | null): void {
    const pending = this.pending;
    this.pending = null;
    pending?.(m);
  }

  private read(d: Buffer): void {
    this.lines += d.toString();
    let at: number;
    while ((at = this.lines.indexOf('\n')) >= 0) {
      const line = this.lines.slice(0, at).trim();
      this.lines = this.lines.slice(at + 1);
      if (!line.startsWith('{')) continue;
      try {
        this.answer(JSON.parse(line) as Message);
      } catch {
        // Not one of ours: Python printed something else; the timeout still holds.
      }
    }
  }
}
