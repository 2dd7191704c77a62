/**
 * PDF of the sample package by the three ways there are, interleaved run by run so that load
 * elsewhere hits them alike: today's per-file cold path (one LibreOffice per file, one file
 * after another, as `--pdf` did before the converters), the cold batch (one LibreOffice for all
 * the files), and the warm pool: its first call (LibreOffice's start included) and a second
 * call on the running pool. Every conversion must succeed, or the run measures nothing.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from '../../src/issues/issue';
import { convertToPdf } from '../../src/render/pdf/convert-to-pdf';
import { convertColdBatch } from '../../src/render/pdf/converter/cold-batch';
import type { PdfConverter, PdfJob } from '../../src/render/pdf/converter/converter';
import { warmPool } from '../../src/render/pdf/converter/warm-pool';

export const PDF_STEPS = [
  'per-file cold',
  'cold batch',
  'warm first call',
  'warm call',
  'build --pdf cold',
  'build',
  'build --pdf warm',
] as const;

/**
 * Whole builds of the package, timed in the same rounds (issue 19's targets for `--pdf`): the
 * cold `tthc build --pdf` as a process, paired with the cold batch; a build without PDF and a
 * build with PDF through the running pool, both in this process, the second paired with the
 * first plus the pool's later call.
 */
export interface PdfBuilds {
  readonly coldProcess: () => Promise<void>;
  readonly inProcess: (converter?: PdfConverter) => Promise<void>;
}

const check = (issues: readonly (Issue | null)[], warnings: readonly Issue[] = []) => {
  const bad = [...issues.filter((i) => i !== null), ...warnings];
  if (bad.length > 0) throw new Error(JSON.stringify(bad.slice(0, 3)));
};

/** Times every way `runs` times over; `folder` holds the package's .docx and .xlsx files. */
export async function timePdfConverters(
  folder: string,
  out: string,
  runs: number,
  builds?: PdfBuilds,
) {
  const files = readdirSync(folder)
    .filter((f) => /\.(docx|xlsx)$/.test(f))
    .map((f) => join(folder, f));
  let n = 0;
  // Every conversion writes PDFs of its own: nothing is read from an earlier run.
  const jobs = (): PdfJob[] => {
    const k = n++;
    return files.map((source, i) => ({ source, target: join(out, `${k}-${i}.pdf`) }));
  };
  const times: Record<string, number[]> = Object.fromEntries(PDF_STEPS.map((s) => [s, []]));
  const timed = async (step: (typeof PDF_STEPS)[number], work: () => Promise<void>) => {
    const start = performance.now();
    await work();
    times[step]!.push(performance.now() - start);
  };
  for (let r = 0; r < runs; r++) {
    await timed('per-file cold', async () => {
      for (const j of jobs()) check([await convertToPdf(j.source, j.target)]);
    });
    await timed('cold batch', async () => check(await convertColdBatch(jobs())));
    if (builds) await timed('build --pdf cold', builds.coldProcess);
    const pool = warmPool();
    try {
      for (const step of ['warm first call', 'warm call'] as const)
        await timed(step, async () => {
          const c = await pool.convert(jobs());
          check(c.issues, c.warnings);
        });
      if (builds) {
        await timed('build', () => builds.inProcess());
        await timed('build --pdf warm', () => builds.inProcess(pool));
      }
    } finally {
      await pool.close();
    }
  }
  return { times, count: files.length };
}
