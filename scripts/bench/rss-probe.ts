/**
 * Preloaded (node -r) into every process the benchmark starts, and inherited by the worker
 * processes of `tthc batch`: when the process exits, it writes its peak resident memory into
 * the folder named by TTHC_BENCH_RSS_DIR, one file per process. Reading /proc or relying on
 * /usr/bin/time would not work everywhere; Node reports the figure itself.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TTHC_BENCH_RSS_DIR;
if (dir)
  process.on('exit', () => {
    // resourceUsage() gives kilobytes.
    const peak = { pid: process.pid, bytes: process.resourceUsage().maxRSS * 1024 };
    writeFileSync(join(dir, `${process.pid}.json`), JSON.stringify(peak));
  });
