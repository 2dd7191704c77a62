import { fork } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../tools/project-root';
import type { BatchJob, BatchResult } from './job';

/** The compiled worker, found from the project's root: this file may run from dist/bundle. */
const WORKER = join(projectRoot(), 'dist', 'src', 'cli', 'batch', 'worker.js');

/**
 * Builds the jobs in up to `size` worker processes at once; a worker takes the next job as soon
 * as it is free, and `done` hears of each result as it comes. A worker that dies part-way (out
 * of memory, killed) fails its own dataset only, and a new worker takes over the rest.
 * Resolves with every result, in the order of the jobs.
 */
export function runPool(
  jobs: readonly BatchJob[],
  size: number,
  done: (result: BatchResult) => void,
): Promise<BatchResult[]> {
  const results: BatchResult[] = [];
  let next = 0;
  let running = 0;
  return new Promise((resolve) => {
    const start = (): void => {
      running++;
      // Output outside a job (a crash, a warning of Node) is kept to explain a failure.
      const child = fork(WORKER, [], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
      let current: BatchJob | null = null;
      let began = 0;
      let stray = '';
      let ended = false;
      child.stdout?.on('data', (chunk) => (stray += chunk));
      child.stderr?.on('data', (chunk) => (stray += chunk));
      const finish = (result: BatchResult) => {
        current = null;
        results.push(result);
        done(result);
      };
      const give = () => {
        if (next >= jobs.length) return child.disconnect();
        current = jobs[next++]!;
        began = performance.now();
        stray = '';
        child.send(current);
      };
      const end = (code: number | null, signal: string | null) => {
        if (ended) return;
        ended = true;
        running--;
        if (current) {
          const why = signal ? `tín hiệu ${signal}` : `mã ${code}`;
          finish({
            index: current.index,
            data: current.data,
            exitCode: code || 1,
            stdout: [],
            // The Vietnamese line first: the summary quotes only the first lines.
            stderr: [
              `Tiến trình lập văn bản dừng bất thường (${why}).`,
              ...stray.split('\n').filter((l) => l.trim() !== ''),
            ],
            ms: performance.now() - began,
          });
          if (next < jobs.length) start();
        }
        if (running === 0) resolve(results.sort((a, b) => a.index - b.index));
      };
      child.on('message', (result: BatchResult) => {
        finish(result);
        give();
      });
      child.on('exit', end);
      child.on('error', (err) => {
        stray += `${err.message}\n`;
        child.kill();
        end(1, null);
      });
      give();
    };
    if (jobs.length === 0) return resolve([]);
    for (let i = 0; i < Math.min(size, jobs.length); i++) start();
  });
}
