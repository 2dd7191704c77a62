import { isMainThread, parentPort, workerData } from 'node:worker_threads';

/**
 * What a run in a worker thread tells the thread that watches it (src/cli/run-in-worker.ts):
 * the temporary folders and process groups to clean up should the run be stopped. The watching
 * thread stays free while the run is busy, so Ctrl+C is answered at once: it stops the run and
 * cleans up itself, from these messages.
 */
export type StopEvent =
  | {
      readonly tthcStop: 'folder';
      readonly path: string;
      readonly madeParent?: string;
      readonly add: boolean;
    }
  | { readonly tthcStop: 'group'; readonly pid: number; readonly add: boolean };

export const isStopEvent = (m: unknown): m is StopEvent =>
  typeof m === 'object' && m !== null && 'tthcStop' in m;

/** Data the watching thread gives the run: the word shared for the moment of the swap. */
export interface StopWorkerData {
  readonly tthcCommitLock?: SharedArrayBuffer;
}

const data = (isMainThread ? undefined : workerData) as StopWorkerData | undefined;
const lock = data?.tthcCommitLock ? new Int32Array(data.tthcCommitLock) : null;

/** The states of the shared word: free, a swap in progress, the run being stopped. */
export const FREE = 0;
export const SWAPPING = 1;
export const STOPPING = 2;

/** Tells the watching thread, when there is one. Delivered even if this thread then stays busy. */
export function announce(event: StopEvent): void {
  if (lock) parentPort?.postMessage(event);
}

/** Thrown when the run is being stopped just as it was about to move its files into place. */
export class StopRequested extends Error {
  constructor() {
    super('stopped before the files were moved into place');
  }
}

/**
 * Runs `swap` (the synchronous renames that put a package in place) so that a stop cannot cut
 * it in two: the watching thread waits for the word to be free before it stops this one, and
 * once it has claimed it, the swap does not start.
 */
export function withoutStop<T>(swap: () => T): T {
  if (!lock) return swap();
  if (Atomics.compareExchange(lock, 0, FREE, SWAPPING) !== FREE) throw new StopRequested();
  try {
    return swap();
  } finally {
    Atomics.store(lock, 0, FREE);
    Atomics.notify(lock, 0);
  }
}
