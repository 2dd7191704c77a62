import { isMainThread, parentPort } from 'node:worker_threads';

export type StopSignal = 'SIGINT' | 'SIGTERM';

/** What a run posts to say that it answers Ctrl+C and SIGTERM itself. */
interface OwnStop {
  readonly tthcOwnStop: true;
}

/** What the watching thread posts to such a run when the signal comes. */
interface ForwardedSignal {
  readonly tthcSignal: StopSignal;
}

export const isOwnStop = (m: unknown): m is OwnStop =>
  typeof m === 'object' && m !== null && 'tthcOwnStop' in m;

const isForwarded = (m: unknown): m is ForwardedSignal =>
  typeof m === 'object' && m !== null && 'tthcSignal' in m;

/** The message supervise.ts posts to a run that stops its own way. */
export const forwarded = (signal: StopSignal): ForwardedSignal => ({ tthcSignal: signal });

/**
 * For a command that stops its own way (`tthc serve` lets its running builds finish): the
 * first Ctrl+C or SIGTERM goes to `handler` instead of stopping the run at once. The run is in
 * a worker thread, which signals do not reach: the thread that watches it (supervise.ts) is
 * told here, and hands the signal on; a second signal there still stops the run at once. In
 * the main thread (a test calling the command), the process's own signals. Returns the undo.
 */
export function onStopSignal(handler: (signal: StopSignal) => void): () => void {
  if (isMainThread || !parentPort) {
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    };
  }
  const port = parentPort;
  const listener = (m: unknown) => {
    if (isForwarded(m)) handler(m.tthcSignal);
  };
  port.on('message', listener);
  port.postMessage({ tthcOwnStop: true } satisfies OwnStop);
  return () => port.off('message', listener);
}
