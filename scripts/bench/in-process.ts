/**
 * The measurements made inside one Node process, run by the benchmark as a child process so
 * that each has its own peak memory:
 *
 *   node in-process.js letters <province dataset> <out> <runs>
 *   node in-process.js annex <national root> <out> <runs>
 *   node in-process.js floors <sample dataset> <out> <runs>
 *   node in-process.js pdf <sample dataset> <out> <runs>
 *
 * Prints one JSON line: the times of each step (milliseconds, one per run) and counts.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { runBuild } from '../../src/cli/commands/build';
import { buildPackage } from '../../src/pipeline/build-package';
import { preparePackage, prepareDataset } from '../../src/pipeline/prepare-package';
import type { PdfConverter } from '../../src/render/pdf/converter/converter';
import { rankingAnnex } from '../../src/compute/ranking-annex';
import type { ReportModel } from '../../src/compute/report-model';
import { readRegistry } from '../../src/ingest/read-registry';
import { rankingFiles } from '../../src/render/ranking/ranking-files';
import { reportDocx } from '../../src/render/report/render-report';
import { templateValues } from '../../src/render/report/template-values';
import { bundledReportTemplate } from '../../src/ingest/report-template-file';
import { stampOf } from '../../src/render/render-package';
import { verifyRankingDocx, verifyRankingWorkbook } from '../../src/verify/ranking-annex';
import { communeLetters } from './commune-letter';
import { timePdfConverters } from './pdf-converters';
import { finishedFile, nationalModel } from './national-annex';
import { QUICK_FACTOR, timeRepeated } from './stats';

type Times = Record<string, number[]>;

async function modelOf(dir: string): Promise<ReportModel> {
  const { report, issues } = await prepareDataset(dir);
  if (!report) throw new Error(`${dir}: ${JSON.stringify(issues.slice(0, 3))}`);
  return report;
}

/** Every step of `steps` timed in turn, `runs` times over; the first pass is a cold one. */
async function timeSteps(steps: Record<string, () => unknown>, runs: number): Promise<Times> {
  const times: Times = Object.fromEntries(Object.keys(steps).map((k) => [k, []]));
  for (let i = 0; i < runs; i++)
    for (const [name, step] of Object.entries(steps))
      times[name]!.push(...(await timeRepeated(step, 1)));
  return times;
}

async function letters(dataset: string, out: string, runs: number) {
  const start = performance.now();
  const model = await modelOf(dataset);
  const registry = readRegistry();
  const load = performance.now() - start;
  let count = 0;
  const times = await timeSteps(
    {
      letters: () => {
        const made = communeLetters(model, registry);
        for (const l of made) writeFileSync(join(out, l.file), l.bytes);
        count = made.length;
      },
    },
    runs,
  );
  return { times, count, loadMs: load, province: model.province.name };
}

async function annex(root: string, out: string, runs: number) {
  const start = performance.now();
  const models: ReportModel[] = [];
  for (const name of readdirSync(root).sort()) models.push(await modelOf(join(root, name)));
  const model = nationalModel(models);
  const rows = rankingAnnex(model)!;
  const load = performance.now() - start;
  const when = stampOf(model);
  let docx: Buffer = Buffer.alloc(0);
  let xlsx: Buffer = Buffer.alloc(0);
  const check = (found: readonly unknown[]) => {
    if (found.length > 0) throw new Error(JSON.stringify(found.slice(0, 3)));
  };
  const times = await timeSteps(
    {
      annex: async () => {
        ({ docx, xlsx } = await finishedFiles(model, rows, when));
        check(verifyRankingDocx(docx, rows, 'xep-hang.docx'));
        check(verifyRankingWorkbook(xlsx, rows, 'xep-hang.xlsx'));
        writeFileSync(join(out, 'xep-hang-quoc-gia.docx'), docx);
        writeFileSync(join(out, 'xep-hang-quoc-gia.xlsx'), xlsx);
      },
      'annex: Word and workbook render': () => finishedFiles(model, rows, when),
      'annex: Word read-back': () => verifyRankingDocx(docx, rows, 'xep-hang.docx'),
      'annex: workbook read-back': () => verifyRankingWorkbook(xlsx, rows, 'xep-hang.xlsx'),
    },
    runs,
  );
  const count = rows.tables.reduce((a, t) => a + t.rows.length, 0);
  return { times, count, loadMs: load };
}

/** The ranking annex in Word and as a workbook, finished as a package's files are. */
async function finishedFiles(
  model: ReportModel,
  rows: NonNullable<ReturnType<typeof rankingAnnex>>,
  when: Date,
): Promise<{ docx: Buffer; xlsx: Buffer }> {
  const files = await rankingFiles(model, rows, when);
  return { docx: finishedFile(files.docx, when), xlsx: finishedFile(files.xlsx, when) };
}

/** Runs `tthc build` in this process with its messages silenced. */
async function quietBuild(data: string, out: string): Promise<void> {
  const { log, error } = console;
  console.log = console.error = () => undefined;
  try {
    if ((await runBuild({ data, out, force: true })) !== 0) throw new Error(`build ${data} failed`);
  } finally {
    Object.assign(console, { log, error });
  }
}

/**
 * Inflates every entry and deflates it into a new zip: the least work any tool writing these
 * Office files does. (Regenerating the loaded zip would copy the compressed entries as they are.)
 */
function rezip(bytes: Buffer): Buffer {
  const copy = new PizZip();
  for (const f of Object.values(new PizZip(bytes).files)) copy.file(f.name, f.asUint8Array());
  return copy.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function floors(dataset: string, out: string, runs: number) {
  const prepared = await preparePackage({ data: dataset });
  const pkg = prepared.model;
  if (!pkg?.report || !pkg.quarterly)
    throw new Error(`${dataset}: ${JSON.stringify(prepared.issues)}`);
  const model = pkg.report;
  const quarterly = pkg.quarterly;
  const template = readFileSync(bundledReportTemplate());
  const when = stampOf(model);
  // The data docxtemplater is given, made once outside the timed bare render.
  const data = templateValues(model, quarterly);
  await quietBuild(dataset, out);
  const folder = join(
    out,
    readdirSync(out).find((n) => !n.startsWith('.'))!,
  );
  const office = readdirSync(folder)
    .filter((n) => /\.(docx|xlsx)$/.test(n))
    .map((n) => readFileSync(join(folder, n)));
  // The renders take milliseconds: many interleaved runs, so that a burst of load elsewhere
  // hits the bare and our render alike.
  const quick = await timeSteps(
    {
      'template rezip': () => rezip(template),
      'bare docxtemplater': () => {
        const doc = new Docxtemplater(new PizZip(template), {
          paragraphLoop: true,
          errorLogging: false,
        });
        doc.render(data);
        return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
      },
      'our report render': () => reportDocx(model, quarterly, when),
      'our values step': () => templateValues(model, quarterly),
      'package prepare (read, check, compute)': () => preparePackage({ data: dataset }),
      'package files rezip': () => office.forEach(rezip),
    },
    runs * QUICK_FACTOR,
  );
  const slow = await timeSteps({ 'package in-process': () => quietBuild(dataset, out) }, runs);
  const times = { ...quick, ...slow };
  return { times, count: office.length };
}

/** The package of `dataset` prepared and built in this process, with PDF when given a converter. */
async function buildWith(dataset: string, out: string, converter?: PdfConverter): Promise<void> {
  const { model } = await preparePackage({ data: dataset });
  if (!model) throw new Error(`${dataset} does not prepare`);
  const built = await buildPackage(model, { out, force: true, pdf: !!converter, converter });
  if (built.status !== 'written') throw new Error(`build ${dataset}: ${JSON.stringify(built)}`);
}

/** `tthc build --pdf` as a user runs it: a new process, LibreOffice cold (the default). */
function coldBuildProcess(dataset: string, out: string): Promise<void> {
  const env = { ...process.env };
  delete env.TTHC_PDF_CONVERTER;
  const cli = join(__dirname, '..', '..', 'src', 'cli', 'main.js');
  const args = [cli, 'build', '--data', dataset, '--out', out, '--force', '--pdf'];
  return new Promise((resolve, reject) =>
    execFile(process.execPath, args, { env }, (err, _stdout, stderr) =>
      err ? reject(new Error(`tthc build --pdf: ${stderr.slice(-2000)}`)) : resolve(),
    ),
  );
}

/**
 * The sample package built once (no PDF), then converted to PDF by every way; in the same
 * rounds, whole builds with and without PDF (see pdf-converters).
 */
async function pdf(dataset: string, out: string, runs: number) {
  const built = join(out, 'package');
  await quietBuild(dataset, built);
  const folder = join(
    built,
    readdirSync(built).find((n) => !n.startsWith('.'))!,
  );
  const pdfs = join(out, 'pdf');
  mkdirSync(pdfs);
  return timePdfConverters(folder, pdfs, runs, {
    coldProcess: () => coldBuildProcess(dataset, join(out, 'cold-build')),
    inProcess: (converter) => buildWith(dataset, join(out, 'warm-build'), converter),
  });
}

async function main() {
  const [kind, source = '', out = '', runs = '5'] = process.argv.slice(2);
  mkdirSync(out, { recursive: true });
  const n = Number(runs);
  const cases = { letters, annex, floors, pdf } as const;
  const run = cases[kind as keyof typeof cases];
  if (!run) throw new Error(`unknown case ${kind}`);
  console.log(JSON.stringify(await run(source, out, n)));
}

void main();
