import { basename } from 'node:path';
import { formatNumber } from '../../format';
import type { BatchResult } from './job';

/** Where progress goes: stderr, or a stand-in in tests. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  /** One dataset is done, well or not. */
  done(result: BatchResult): void;
  /** The last dataset is done: the bar makes way for the summary. */
  end(): void;
}

const BAR_WIDTH = 24;
const CLEAR_LINE = '\r\x1b[2K';

const seconds = (ms: number) => `${formatNumber(ms / 1000, { decimals: 1 })} giây`;
const warnings = (r: BatchResult) => r.stderr.filter((l) => l.startsWith('CẢNH BÁO')).length;

/** "[3/34] Xong: ha-noi-2026-q1 (1,2 giây, 2 cảnh báo)" or "[4/34] LỖI: … (mã thoát 1)". */
function resultLine(r: BatchResult, count: number, total: number): string {
  const head = `[${count}/${total}]`;
  const name = basename(r.data);
  if (r.exitCode !== 0) return `${head} LỖI: ${name} (mã thoát ${r.exitCode}, ${seconds(r.ms)})`;
  const w = warnings(r);
  return `${head} Xong: ${name} (${seconds(r.ms)}${w > 0 ? `, ${w} cảnh báo` : ''})`;
}

/**
 * Shows how far a batch has got on `stream`. On a terminal, one bar redrawn in place, with
 * failures printed above it as they come; elsewhere (a log file, a pipe, CI), one plain line
 * per dataset, with no control characters.
 */
export function batchProgress(stream: ProgressStream, total: number): Progress {
  let count = 0;
  let failed = 0;
  if (!stream.isTTY)
    return {
      done: (r) => void stream.write(`${resultLine(r, ++count, total)}\n`),
      end: () => undefined,
    };
  const draw = (last: string) => {
    const filled = Math.round((BAR_WIDTH * count) / total);
    const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
    const line = `Đang lập [${bar}] ${count}/${total}${failed ? ` · ${failed} lỗi` : ''} ${last}`;
    stream.write(CLEAR_LINE + line.slice(0, Math.max(20, (stream.columns ?? 80) - 1)));
  };
  draw('');
  return {
    done: (r) => {
      count++;
      if (r.exitCode !== 0) {
        failed++;
        stream.write(`${CLEAR_LINE}${resultLine(r, count, total)}\n`);
      }
      draw(basename(r.data));
    },
    end: () => void stream.write(CLEAR_LINE),
  };
}
