import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { spread, type Spread } from './stats';

export const BEGIN = '<!-- bench:begin (written by npm run bench; edits inside are lost) -->';
export const END = '<!-- bench:end -->';

/** One line of the table: a measurement, and the target it must meet, if any. */
export interface Row {
  /** The issue's item: a, b, c or d. */
  readonly id: string;
  readonly what: string;
  readonly times: readonly number[];
  readonly time: Spread;
  readonly peakMb: number | null;
  readonly target?: {
    readonly ms?: number;
    readonly mb?: number;
    /**
     * The times this row is compared with, run for run (each of ours right after one of them),
     * and the highest ratio allowed.
     */
    readonly ratioOf?: readonly number[];
    readonly ratio?: number;
  };
}

export interface RunFacts {
  readonly runs: number;
  readonly floorRuns: number;
  readonly cpu: string;
  readonly node: string;
  readonly load: number;
  readonly date: Date;
}

const time = (ms: number) =>
  ms >= 1000
    ? `${(ms / 1000).toFixed(2)} s`
    : ms >= 10
      ? `${ms.toFixed(0)} ms`
      : `${ms.toFixed(1)} ms`;

/** "< 1 s ✓", "≤ 1.5 × ✗ (1.62 ×)": the targets of the row and whether the median meets them. */
function verdict(r: Row): string {
  const t = r.target;
  if (!t) return '';
  const parts: string[] = [];
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  if (t.ms !== undefined) parts.push(`< ${time(t.ms)} ${mark(r.time.median < t.ms)}`);
  if (t.mb !== undefined && r.peakMb !== null)
    parts.push(`< ${t.mb / 1024} GB ${mark(r.peakMb < t.mb)}`);
  if (t.ratioOf !== undefined) {
    // Paired ratios: a burst of load elsewhere slows both runs of a pair alike.
    const ratio = spread(r.times.map((ms, i) => ms / t.ratioOf![i]!)).median;
    parts.push(
      t.ratio === undefined
        ? `${ratio.toFixed(2)} × bare`
        : `${ratio.toFixed(2)} × bare, ≤ ${t.ratio} × ${mark(ratio <= t.ratio)}`,
    );
  }
  return parts.join('; ');
}

/** The table and the facts of the run, between the markers. */
export function benchBlock(rows: readonly Row[], f: RunFacts): string {
  const lines = [
    BEGIN,
    '',
    `Measured ${f.date.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${f.cpu}, Node ${f.node}, ` +
      `load average ${f.load.toFixed(2)} at the start; median, min and max of ${f.runs} runs ` +
      `(the in-process floors of (d): ${f.floorRuns} runs).`,
    '',
    '| | measured | median | min | max | peak memory | target |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.id} | ${r.what} | ${time(r.time.median)} | ${time(r.time.min)} | ${time(r.time.max)} | ` +
        `${r.peakMb === null ? '' : `${r.peakMb.toFixed(0)} MB`} | ${verdict(r)} |`,
    ),
    '',
    END,
  ];
  return lines.join('\n');
}

/**
 * Puts the block between the markers of `file`, keeping everything around them (appends it when
 * the file has no markers yet), and formats the page as `npm run lint` expects. Returns the
 * file's path.
 */
export async function writeBenchBlock(file: string, block: string): Promise<string> {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  const next =
    begin >= 0 && end > begin
      ? text.slice(0, begin) + block + text.slice(end + END.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(next, { ...options, filepath: file }));
  return file;
}
