import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { spread, type Spread } from './stats';

/** The markers of a table in the page: `bench` for the main table, `bench-pdf` for the PDF one. */
export const markers = (name = 'bench') => ({
  begin: `<!-- ${name}:begin (written by npm run bench; edits inside are lost) -->`,
  end: `<!-- ${name}:end -->`,
});

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
    /** What `ratioOf` is, after the ratio: "bare" (the bare docxtemplater render) by default. */
    readonly ratioName?: string;
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
    const name = t.ratioName ?? 'bare';
    parts.push(
      t.ratio === undefined
        ? `${ratio.toFixed(2)} × ${name}`
        : `${ratio.toFixed(2)} × ${name}, ≤ ${t.ratio} × ${mark(ratio <= t.ratio)}`,
    );
  }
  return parts.join('; ');
}

/**
 * The table and the facts of the run, between the markers `name`. `note` replaces the remark
 * on the floors' runs, for a table without them.
 */
export function benchBlock(
  rows: readonly Row[],
  f: RunFacts,
  name = 'bench',
  note?: string,
): string {
  const lines = [
    markers(name).begin,
    '',
    `Measured ${f.date.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${f.cpu}, Node ${f.node}, ` +
      `load average ${f.load.toFixed(2)} at the start; median, min and max of ${f.runs} runs ` +
      `(${note ?? `the in-process floors of (d): ${f.floorRuns} runs`}).`,
    '',
    '| | measured | median | min | max | peak memory | target |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.id} | ${r.what} | ${time(r.time.median)} | ${time(r.time.min)} | ${time(r.time.max)} | ` +
        `${r.peakMb === null ? '' : `${r.peakMb.toFixed(0)} MB`} | ${verdict(r)} |`,
    ),
    '',
    markers(name).end,
  ];
  return lines.join('\n');
}

/**
 * Puts the block between the markers of `file`, keeping everything around them (appends it when
 * the file has no markers yet), and formats the page as `npm run lint` expects. Returns the
 * file's path.
 */
export async function writeBenchBlock(
  file: string,
  block: string,
  name = 'bench',
): Promise<string> {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
  const { begin: BEGIN_, end: END_ } = markers(name);
  const begin = text.indexOf(BEGIN_);
  const end = text.indexOf(END_);
  const next =
    begin >= 0 && end > begin
      ? text.slice(0, begin) + block + text.slice(end + END_.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(next, { ...options, filepath: file }));
  return file;
}
