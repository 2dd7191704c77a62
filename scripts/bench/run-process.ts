import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROBE = join(__dirname, 'rss-probe.js');

/** One run of a process: wall time from spawn to exit, peak memory, what it printed. */
export interface ProcessRun {
  readonly ms: number;
  /** Peak resident memory of the process itself, in bytes. */
  readonly peakBytes: number;
  /** Sum of the peaks of the process and every process it started (batch workers). */
  readonly peakAllBytes: number;
  /** The highest peak of any one of them. */
  readonly peakLargestBytes: number;
  readonly processes: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node <args>` with the memory probe preloaded (children inherit it through execArgv)
 * and waits for it; throws when it exits non-zero, since a failed run measures nothing.
 */
export function runNode(args: readonly string[], extraNodeArgs: readonly string[] = []) {
  const rssDir = mkdtempSync(join(tmpdir(), 'tthc-bench-rss-'));
  const start = performance.now();
  const child = spawn(process.execPath, [...extraNodeArgs, '-r', PROBE, ...args], {
    env: { ...process.env, TTHC_BENCH_RSS_DIR: rssDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  return new Promise<ProcessRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const peaks = readdirSync(rssDir).map(
        (f) => JSON.parse(readFileSync(join(rssDir, f), 'utf8')) as { pid: number; bytes: number },
      );
      rmSync(rssDir, { recursive: true, force: true });
      if (code !== 0)
        return reject(new Error(`node ${args.join(' ')} exited ${code}:\n${stderr.slice(-2000)}`));
      const own = peaks.find((p) => p.pid === child.pid)?.bytes ?? 0;
      const all = peaks.reduce((a, p) => a + p.bytes, 0);
      const largest = Math.max(0, ...peaks.map((p) => p.bytes));
      resolve({
        ms,
        peakBytes: own,
        peakAllBytes: all,
        peakLargestBytes: largest,
        processes: peaks.length,
        stdout,
        stderr,
      });
    });
  });
}
