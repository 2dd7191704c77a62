/**
 * `npm run bench`: measures the figures of issue 7 and writes them into docs/performance.md
 * (between its bench markers; the prose around them stays). Options:
 *
 *   --quick       2 runs of each measurement instead of 5 (a quick look, not for the record)
 *   --runs N      N runs of each measurement
 *   --no-write    print the table only
 *   --profile     also profile (a) and (b) with node --cpu-prof and print where the time goes
 *   --keep        keep the temporary folder (synthetic datasets and outputs) and print its path
 *   --only pdf    only the PDF table (LibreOffice: per-file, cold batch, warm pool), written
 *                 between its own markers; the main table stays as it is
 *   --only web    only the load test of `tthc serve` (web-load.ts), written between its markers
 *
 * Every process is started fresh and timed from spawn to exit; peak memory is each process's
 * own maximum resident set, reported by a preloaded probe (rss-probe.ts).
 */
import { cpus, availableParallelism, loadavg, tmpdir } from 'node:os';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/tools/project-root';
import { writeNationalDatasets, writeSampleDataset } from './national-datasets';
import { profileLines, summariseProfiles } from './profile-summary';
import { benchBlock, writeBenchBlock, type Row, type RunFacts } from './report-table';
import { runNode, type ProcessRun } from './run-process';
import { QUICK_FACTOR, spread } from './stats';
import { webLoad } from './web-load';

const ROOT = projectRoot();
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const IN_PROCESS = join(__dirname, 'in-process.js');
const MB = 1024 * 1024;

interface Options {
  readonly runs: number;
  readonly write: boolean;
  readonly profile: boolean;
  readonly keep: boolean;
  /** Only the PDF table. */
  readonly pdfOnly: boolean;
  /** Only the web app's load test. */
  readonly webOnly: boolean;
}

function options(argv: readonly string[]): Options {
  const only = argv.indexOf('--only');
  const what = only >= 0 ? argv[only + 1] : undefined;
  if (only >= 0 && what !== 'pdf' && what !== 'web') throw new Error('--only takes "pdf" or "web"');
  const at = argv.indexOf('--runs');
  const runs = at >= 0 ? Number(argv[at + 1]) : argv.includes('--quick') ? 2 : 5;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive integer');
  return {
    runs,
    write: !argv.includes('--no-write'),
    profile: argv.includes('--profile'),
    keep: argv.includes('--keep'),
    pdfOnly: what === 'pdf',
    webOnly: what === 'web',
  };
}

/**
 * Fresh processes of several kinds in turn, `runs` rounds, a dot per round: interleaved, so
 * that a burst of load elsewhere hits every kind of a round alike and a ratio of one kind to
 * another within a round means something on a shared machine.
 */
async function interleavedRuns<K extends string>(
  label: string,
  runs: number,
  kinds: Readonly<Record<K, () => string[]>>,
): Promise<Record<K, ProcessRun[]>> {
  process.stderr.write(`${label} `);
  const done = Object.fromEntries(Object.keys(kinds).map((k) => [k, []])) as unknown as Record<
    K,
    ProcessRun[]
  >;
  for (let i = 0; i < runs; i++) {
    for (const k of Object.keys(kinds) as K[]) done[k].push(await runNode(kinds[k]()));
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  return done;
}

/** `runs` fresh processes one after the other, printing a dot per run. */
async function processRuns(label: string, runs: number, args: () => string[]) {
  process.stderr.write(`${label} `);
  const done: ProcessRun[] = [];
  for (let i = 0; i < runs; i++) {
    done.push(await runNode(args()));
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  return done;
}

const row = (
  id: string,
  what: string,
  times: readonly number[],
  peakBytes: number | null,
  target?: Row['target'],
): Row => ({
  id,
  what,
  times,
  time: spread(times),
  peakMb: peakBytes === null ? null : peakBytes / MB,
  target,
});

interface InProcess {
  readonly times: Record<string, number[]>;
  readonly count: number;
  readonly loadMs?: number;
  readonly province?: string;
}

async function inProcess(kind: string, source: string, out: string, runs: number) {
  process.stderr.write(`${kind} (in one process, ${runs} runs)\n`);
  const run = await runNode([IN_PROCESS, kind, source, out, String(runs)]);
  const result = JSON.parse(run.stdout.trim().split('\n').pop()!) as InProcess;
  return { ...result, peakBytes: run.peakBytes };
}

async function profile(tmp: string, sample: string, national: string): Promise<void> {
  for (const [label, args] of [
    [
      '(a) full package, CLI',
      [CLI, 'build', '--data', sample, '--out', join(tmp, 'p-a'), '--force'],
    ],
    [
      '(b) national batch, all workers',
      [CLI, 'batch', '--root', national, '--out', join(tmp, 'p-b')],
    ],
  ] as const) {
    const dir = join(tmp, `prof-${label.slice(1, 2)}`);
    mkdirSync(dir, { recursive: true });
    await runNode([...args], ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    const files = readdirSync(dir).map((f) => join(dir, f));
    console.log(`\nProfile of ${label} (${files.length} process(es)):`);
    console.log(profileLines(summariseProfiles(files)).join('\n'));
  }
}

const ANNEX_MEMORY = join(__dirname, 'annex-memory.js');
const perRow = (ms: number, rows: number) => `${((ms * 1000) / rows).toFixed(0)} µs`;

/** Issue 19's 33,210-row annex: memory under 1 GB, time still linear (annex-memory.ts). */
async function largeAnnex(national: string, out: string) {
  process.stderr.write('(c) national annex at 33,210 rows (one run)\n');
  mkdirSync(out, { recursive: true });
  const run = await runNode([ANNEX_MEMORY, national, out, '10']);
  const { count, ms } = JSON.parse(run.stdout.trim().split('\n').pop()!) as {
    count: number;
    ms: number;
  };
  return { count, ms, peakBytes: run.peakBytes };
}

/** Issue 19's targets for `--pdf`: whole builds against the conversion they cannot avoid. */
function pdfBuildRows(times: Record<string, number[]>): Row[] {
  const build = times['build']!;
  const warmCall = times['warm call']!;
  return [
    row(
      'e',
      '`tthc build --pdf` as a user runs it, a new process with the default converter (LibreOffice started before the data is read): the whole package built, converted, bundled and read back, against the cold batch of the same round',
      times['build --pdf cold']!,
      null,
      { ratioOf: times['cold batch']!, ratioName: 'one LibreOffice run', ratio: 1.2 },
    ),
    row(
      'e',
      'The same build with PDF through the running warm pool, in a process that has built before (a batch worker, the web app), against the build without PDF plus a later call of the pool in the same round',
      times['build --pdf warm']!,
      null,
      {
        ratioOf: build.map((ms, i) => ms + warmCall[i]!),
        ratioName: 'build + warm call',
        ratio: 1.5,
      },
    ),
  ];
}

/**
 * The PDF table: the sample package converted by today's per-file cold path, the cold batch
 * and the warm pool, each run of each way paired with the per-file run just before it.
 */
async function pdfTable(sample: string, out: string, opt: Options, facts: RunFacts) {
  process.stderr.write(`(e) PDF of the sample package (in one process, ${opt.runs} runs)\n`);
  const run = await runNode([IN_PROCESS, 'pdf', sample, out, String(opt.runs)]);
  const { times, count } = JSON.parse(run.stdout.trim().split('\n').pop()!) as InProcess;
  const perFile = times['per-file cold']!;
  const against = (ratio?: number) => ({ ratioOf: perFile, ratioName: 'per-file', ratio });
  const warm = times['warm call']!;
  const batch = times['cold batch']!;
  const perDocument = spread(warm.map((ms) => ms / count)).median;
  // The warm pool against the cold batch, the way --pdf goes when no pool is running.
  const overBatch = (t: readonly number[]) =>
    `${spread(t.map((ms, i) => ms / batch[i]!)).median.toFixed(2)} × the cold batch`;
  const rows = [
    row(
      'e',
      `PDF of the sample package (${count} Word and Excel files) as \`--pdf\` did it: one cold LibreOffice per file, one after another (the baseline)`,
      perFile,
      null,
    ),
    row(
      'e',
      'Cold batch: one LibreOffice run, one private profile, converting all the files',
      batch,
      null,
      against(),
    ),
    row(
      'e',
      `Warm pool, first call: one LibreOffice started through UNO (python3-uno), then the files (${overBatch(times['warm first call']!)})`,
      times['warm first call']!,
      null,
      against(),
    ),
    row(
      'e',
      `Warm pool, a later call: LibreOffice already running (${perDocument.toFixed(0)} ms per file; ${overBatch(warm)})`,
      warm,
      null,
      against(),
    ),
    ...pdfBuildRows(times),
  ];
  return benchBlock(
    rows,
    facts,
    'bench-pdf',
    'each run converts with every way in turn; a ratio is the median of each run over the per-file run of the same round',
  );
}

async function main(): Promise<void> {
  const opt = options(process.argv.slice(2));
  const tmp = mkdtempSync(join(tmpdir(), 'tthc-bench-'));
  const jobs = availableParallelism();
  const load = loadavg()[0]!;
  const facts = (): RunFacts => ({
    runs: opt.runs,
    floorRuns: opt.runs * QUICK_FACTOR,
    cpu: `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`,
    node: process.version,
    load,
    date: new Date(),
  });
  const write = async (block: string, name?: string) => {
    console.log(block);
    if (!opt.write) return;
    const file = await writeBenchBlock(join(ROOT, 'docs', 'performance.md'), block, name);
    console.error(`Wrote the table into ${file}.`);
  };
  try {
    const sample = writeSampleDataset(join(tmp, 'mau', 'lao-cai'));
    if (opt.pdfOnly)
      return await write(await pdfTable(sample, join(tmp, 'e'), opt, facts()), 'bench-pdf');
    if (opt.webOnly)
      return await write(await webLoad({ builds: 20, checks: 200, concurrency: 20 }), 'bench-web');
    const national = join(tmp, 'quoc-gia');
    const { folders, communes } = writeNationalDatasets(national);
    const biggest = folders.find((f) => f.includes('ho-chi-minh'))!;
    let n = 0;
    const fresh = (name: string) => join(tmp, `${name}-${n++}`);

    // (a) and the start-up floors in turn, round by round: the targets of issue 19 are ratios
    // of (a) and of `tthc --version` to `node -e 0` in the same run.
    const starts = await interleavedRuns('(a) full package, CLI, and start-up floors', opt.runs, {
      bare: () => ['-e', '0'],
      a: () => [CLI, 'build', '--data', sample, '--out', fresh('a')],
      version: () => [CLI, '--version'],
      help: () => [CLI, '--help'],
    });
    const a = starts.a;
    const batchOut = (i: number) => join(tmp, `b-${i}`);
    let batchRun = 0;
    const b = await processRuns(`(b) ${folders.length} packages, tthc batch`, opt.runs, () => [
      CLI,
      'batch',
      '--root',
      national,
      '--out',
      batchOut(batchRun++),
    ]);
    const built = readdirSync(batchOut(0)).length;
    if (built !== folders.length) throw new Error(`batch wrote ${built} of ${folders.length}`);
    const letters = await inProcess('letters', biggest, fresh('c1'), opt.runs);
    const annex = await inProcess('annex', national, fresh('c2'), opt.runs);
    const floors = await inProcess('floors', sample, fresh('d'), opt.runs);
    const big = await largeAnnex(national, fresh('c3'));
    const { help: startup, version, bare } = starts;
    const bareMs = bare.map((r) => r.ms);
    const overBare = (ratio?: number) => ({ ratioOf: bareMs, ratioName: '`node -e 0`', ratio });

    const peak = (runs: readonly ProcessRun[], all = false) =>
      Math.max(...runs.map((r) => (all ? r.peakAllBytes : r.peakBytes)));
    const ft = floors.times;
    const bareRender = ft['bare docxtemplater']!;
    const rows: Row[] = [
      row(
        'a',
        'Full package of the sample province (Lào Cai: 16 agencies, 99 communes; report, forms annex, workbook, 766 letter, ranking and compliance annexes Word + workbook, read back and checked against Nghị định 30/2020), `tthc build` as a process, start-up included',
        a.map((r) => r.ms),
        peak(a),
        { ms: 1000, mb: 1024, ...overBare(8) },
      ),
      row(
        'b',
        `National: ${folders.length} provinces, ${communes.toLocaleString('en')} communes, one full package each, \`tthc batch --jobs ${jobs}\` as a process (memory: the batch and its ${jobs} workers together; the largest one ${(Math.max(...b.map((r) => r.peakLargestBytes)) / MB).toFixed(0)} MB)`,
        b.map((r) => r.ms),
        peak(b, true),
        { ms: 60000, mb: 1024 },
      ),
      row(
        'c',
        `${letters.count} ranking letters, one per commune of ${letters.province} (made, read back, written)`,
        letters.times.letters!,
        letters.peakBytes,
      ),
      row(
        'c',
        `National ranking annex, ${annex.count.toLocaleString('en')} rows: Word + workbook made, read back, written (the process first loads the 34 datasets: ${(annex.loadMs! / 1000).toFixed(1)} s, not counted)`,
        annex.times.annex!,
        annex.peakBytes,
        { ms: 3000, mb: 1024 },
      ),
      ...['Word and workbook render', 'Word read-back', 'workbook read-back'].map((s) =>
        row('c', `… of which ${s}`, annex.times[`annex: ${s}`]!, null),
      ),
      row(
        'c',
        `The same annex with every commune ten times, ${big.count.toLocaleString('en')} rows, one run in a process of its own (loading not counted): ${perRow(big.ms, big.count)} a row, against ${perRow(spread(annex.times.annex!).median, annex.count)} at ${annex.count.toLocaleString('en')} rows`,
        [big.ms],
        big.peakBytes,
        { mb: 1024 },
      ),
      row(
        'd',
        'Floor: unzip and rezip of the report template (templates/bao-cao-quy.docx)',
        ft['template rezip']!,
        null,
      ),
      row(
        'd',
        'Floor: bare docxtemplater render of the same template and data, zipped',
        ft['bare docxtemplater']!,
        null,
      ),
      row(
        'd',
        'Our report render (catalogue values, content lines, docxtemplater, footnotes, zip), at most 1.5 × the bare render',
        ft['our report render']!,
        null,
        { ratioOf: bareRender, ratio: 1.5 },
      ),
      row(
        'd',
        '… of which the values given to docxtemplater (template-values.ts)',
        ft['our values step']!,
        null,
        {
          ratioOf: bareRender,
        },
      ),
      row(
        'd',
        'Preparing the package: inputs read and checked, model computed, typed prose read',
        ft['package prepare (read, check, compute)']!,
        null,
      ),
      row(
        'd',
        `Floor: unzip and rezip of the package's ${floors.count} Office files`,
        ft['package files rezip']!,
        null,
      ),
      row(
        'd',
        'The full package of (a) built again inside a warm process (what a batch worker spends per dataset)',
        ft['package in-process']!,
        floors.peakBytes,
      ),
      row(
        'd',
        'Start-up: `tthc --version` (answered by the main thread: no worker, no command loaded)',
        version.map((r) => r.ms),
        peak(version),
        overBare(3),
      ),
      row(
        'd',
        'Floor: start-up, `tthc --help` (Node and every module of the CLI)',
        startup.map((r) => r.ms),
        peak(startup),
        overBare(),
      ),
      row(
        'd',
        'Floor: start-up, `node -e 0`',
        bare.map((r) => r.ms),
        peak(bare),
      ),
    ];
    await write(benchBlock(rows, facts()));
    await write(await pdfTable(sample, join(tmp, 'e'), opt, facts()), 'bench-pdf');
    if (opt.profile) await profile(tmp, sample, national);
  } finally {
    if (opt.keep) console.error(`Kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
