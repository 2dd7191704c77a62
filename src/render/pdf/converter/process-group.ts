import { spawn, type ChildProcess } from 'node:child_process';
import { trackProcessGroup, untrackProcessGroup } from '../../write-folder';

/** The end of a process: its exit code, or the error that kept it from starting. */
export interface Ended {
  readonly code: number | null;
  readonly error?: NodeJS.ErrnoException;
}

/** What is kept of a process's output for an error message: its last lines, not megabytes. */
const KEPT_OUTPUT = 16 * 1024;

/** A process started in a group of its own, with the whole group stoppable at once. */
export interface GroupRun {
  readonly child: ChildProcess;
  /** Settles when the process has ended and its output is read. */
  readonly ended: Promise<Ended>;
  /** Its stderr (and stdout when not `keepStdout`), the last 16 kB. */
  output(): string;
  /** Stops the process and everything it started (SIGKILL to the group); no-op once ended. */
  kill(): void;
}

/**
 * Starts `command` in a process group of its own, so that a timeout stops everything it
 * started (soffice starts soffice.bin; the UNO worker starts soffice) and not only the
 * launcher. Ctrl+C in the terminal does not reach that group: it is registered with the
 * clean-up of the run (abandonPendingWrites in write-folder.ts), which stops it on SIGINT,
 * SIGTERM and exit, and unregistered when it ends.
 *
 * With `keepStdout`, stdout is left to the caller (a JSON line protocol) and stdin is a pipe.
 */
export function startGroup(command: string, args: readonly string[], keepStdout = false): GroupRun {
  const child = spawn(command, args, {
    detached: true,
    stdio: [keepStdout ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid !== undefined) trackProcessGroup(pid);
  let output = '';
  const keep = (d: Buffer) => {
    output += d.toString();
    if (output.length > 2 * KEPT_OUTPUT) output = output.slice(-KEPT_OUTPUT);
  };
  child.stderr!.on('data', keep);
  if (!keepStdout) child.stdout!.on('data', keep);
  let done = false;
  const killGroup = () => {
    try {
      process.kill(-pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const ended = new Promise<Ended>((resolve) => {
    const end = (r: Ended) => {
      if (done) return;
      done = true;
      if (pid !== undefined) {
        // What the process started and left behind (a worker that crashed leaves its
        // LibreOffice) goes with it, now, while the group's id cannot belong to anyone else.
        killGroup();
        untrackProcessGroup(pid);
      }
      resolve(r);
    };
    child.on('error', (error) => end({ code: null, error }));
    child.on('close', (code) => end({ code }));
  });
  return {
    child,
    ended,
    output: () => output.slice(-KEPT_OUTPUT),
    kill: () => {
      if (!done && pid !== undefined) killGroup();
    },
  };
}

/** The last lines of a program's output, for a reason in an error message. */
export const lastLines = (output: string, n = 3): string =>
  output.trim().split('\n').slice(-n).join(' ');
