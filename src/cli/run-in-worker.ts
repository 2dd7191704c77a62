import { Worker } from 'node:worker_threads';
import { FREE, isStopEvent, STOPPING, SWAPPING, type StopWorkerData } from '../render/stop-channel';

/** Largest heap of the run: beyond, the run ends with OUT_OF_MEMORY instead of a V8 crash. */
const HEAP_LIMIT_MB = 2048;

export interface WatchedRun {
  readonly worker: Worker;
  /**
   * Stops the run at once, busy or not — after the swap of a package, if one is under way —
   * then removes its temporary folders and stops the process groups it started.
   */
  readonly stop: () => Promise<void>;
}

/**
 * Runs `file` in a worker thread and keeps this thread free to answer Ctrl+C: a busy run
 * (reading a large file, an audit of a long draft) never delays its own stop. The run tells
 * this thread what to clean up (stop-channel.ts); `onMessage` hears its other messages.
 */
export function runInWorker(
  file: string,
  options: { argv?: readonly string[]; onMessage?: (message: unknown) => void } = {},
): WatchedRun {
  const word = new SharedArrayBuffer(4);
  const lock = new Int32Array(word);
  const workerData: StopWorkerData = { tthcCommitLock: word };
  const worker = new Worker(file, {
    argv: [...(options.argv ?? [])],
    workerData,
    resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
  });
  const folders = new Map<string, string | undefined>();
  const groups = new Set<number>();
  worker.on('message', (m: unknown) => {
    if (!isStopEvent(m)) return options.onMessage?.(m);
    if (m.tthcStop === 'folder') {
      if (m.add) folders.set(m.path, m.madeParent);
      else folders.delete(m.path);
    } else if (m.add) groups.add(m.pid);
    else groups.delete(m.pid);
  });
  const cleanUp = () => {
    for (const pid of groups) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    groups.clear();
    if (folders.size > 0) {
      // Loaded only when there is something to remove: the worker starts sooner without it.
      /* eslint-disable @typescript-eslint/no-require-imports */
      const { discardAbandoned } =
        require('../render/write-folder') as typeof import('../render/write-folder');
      /* eslint-enable @typescript-eslint/no-require-imports */
      for (const [path, madeParent] of folders) discardAbandoned(path, madeParent);
    }
    folders.clear();
  };
  // A run that ends on its own (or dies) may leave what it had not yet removed.
  worker.on('exit', () => setImmediate(cleanUp));
  const stop = async () => {
    // A swap in progress is let finish (milliseconds); once the word says STOPPING, none starts.
    while (Atomics.compareExchange(lock, 0, FREE, STOPPING) === SWAPPING)
      Atomics.wait(lock, 0, SWAPPING, 1000);
    await worker.terminate();
    // Messages the run posted before it stopped are delivered by now.
    await new Promise((done) => setImmediate(done));
    cleanUp();
  };
  return { worker, stop };
}
