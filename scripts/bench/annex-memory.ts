/**
 * Where the memory of a large ranking annex goes (issue 19, point 5):
 *
 *   node annex-memory.js <national root> <out> <copies> [stage…]
 *
 * Builds the national annex with every commune repeated `copies` times (10: 33,210 rows), then
 * runs the stages in turn (docx, xlsx, verify-docx, verify-xlsx, write) and prints, after each,
 * the process's peak resident memory so far, its current heap and the stage's time. The peak
 * only grows, so the stage after which it jumps is the one that set it. The last line is JSON:
 * the number of rows and the time of the stages run (`npm run bench` reads it).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareDataset } from '../../src/pipeline/prepare-package';
import { rankingAnnex } from '../../src/compute/ranking-annex';
import type { ReportModel } from '../../src/compute/report-model';
import { rankingDocument } from '../../src/render/ranking/ranking-document';
import { annexDocx } from '../../src/render/annex-table/annex-docx';
import { annexWorkbook } from '../../src/render/annex-table/annex-workbook';
import { stampOf } from '../../src/render/render-package';
import { verifyRankingDocx, verifyRankingWorkbook } from '../../src/verify/ranking-annex';
import { finishedFile, nationalModel } from './national-annex';

const mb = (b: number) => `${Math.round(b / 1048576)} MB`;

function report(stage: string, ms: number) {
  const m = process.memoryUsage();
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    `${stage.padEnd(12)} ${ms.toFixed(0).padStart(6)} ms  peak ${mb(peak)}  rss ${mb(m.rss)}  heap ${mb(m.heapUsed)}  external ${mb(m.external + m.arrayBuffers)}`,
  );
}

async function main() {
  const [root = '', out = '', copies = '10', ...only] = process.argv.slice(2);
  const models: ReportModel[] = [];
  for (const name of readdirSync(root).sort()) {
    const { report: r } = await prepareDataset(join(root, name));
    if (!r) throw new Error(name);
    models.push(r);
  }
  const model = nationalModel(models, Number(copies));
  const rows = rankingAnnex(model)!;
  const count = rows.tables.reduce((a, t) => a + t.rows.length, 0);
  console.log(`rows ${count}`);
  report('loaded', 0);
  const when = stampOf(model);
  let docx: Buffer = Buffer.alloc(0);
  let xlsx: Buffer = Buffer.alloc(0);
  const check = (found: readonly unknown[]) => {
    if (found.length > 0) throw new Error(JSON.stringify(found.slice(0, 3)));
  };
  const stages: Record<string, () => unknown> = {
    docx: () =>
      (docx = finishedFile(annexDocx(rankingDocument(model, rows, model.frame), when), when)),
    xlsx: async () =>
      (xlsx = finishedFile(
        await annexWorkbook(rankingDocument(model, rows, model.frame), when),
        when,
      )),
    'verify-docx': () => check(verifyRankingDocx(docx, rows, 'xep-hang.docx')),
    'verify-xlsx': () => check(verifyRankingWorkbook(xlsx, rows, 'xep-hang.xlsx')),
    write: () => {
      writeFileSync(join(out, 'xep-hang-quoc-gia.docx'), docx);
      writeFileSync(join(out, 'xep-hang-quoc-gia.xlsx'), xlsx);
    },
  };
  let total = 0;
  for (const [name, stage] of Object.entries(stages)) {
    if (only.length > 0 && !only.includes(name)) continue;
    const start = performance.now();
    await stage();
    const ms = performance.now() - start;
    total += ms;
    report(name, ms);
  }
  // For the benchmark (main.ts): the rows and the time of the stages, loading not counted.
  console.log(JSON.stringify({ count, ms: total }));
}

void main();
