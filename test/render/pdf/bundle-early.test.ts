import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { writeSampleDataset } from '../../../scripts/bench/national-datasets';
import type { PackageModel } from '../../../src/compute/package-model';
import { makeIssue } from '../../../src/issues/issue';
import { preparePackage } from '../../../src/pipeline/prepare-package';
import type { PdfConverter, PdfJob } from '../../../src/render/pdf/converter/converter';
import * as lone from '../../../src/render/pdf/lone-signatures';
import { writePackagePdfs } from '../../../src/render/pdf/write-pdfs';
import { renderPackage } from '../../../src/render/render-package';

// `tthc build --pdf` assembles tron-bo.pdf while LibreOffice converts the workbooks, which are
// not in it (issue 19: the bundle was made only after the last file). The converter below
// stands in for LibreOffice: it writes a PDF of `pages` blank pages for each file, in the order
// it is given, and before each workbook it waits a while for the bundle.

let model: PackageModel;
let dir: string;
beforeAll(async () => {
  // The quarterly sample and the index-766 sample in one dataset: all eight files (bench (a)).
  const data = mkdtempSync(join(tmpdir(), 'tthc-bundle-data-'));
  try {
    model = (await preparePackage({ data: writeSampleDataset(data) })).model!;
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tthc-bundle-early-'));
  for (const f of await renderPackage(model)) writeFileSync(join(dir, f.name), f.bytes);
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function blankPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage();
  return doc.save();
}

/** What the stand-in converts, in order: the documents of the bundle, then the workbooks. */
const BUNDLE_FIRST = [
  'bao-cao.docx',
  'cong-van-766.docx',
  'phu-luc-bieu-mau.docx',
  'xep-hang-766.docx',
  'chi-tieu-don-vi.docx',
];
const WORKBOOKS = ['bieu-mau.xlsx', 'xep-hang-766.xlsx', 'chi-tieu-don-vi.xlsx'];

const bundleOut = () => existsSync(join(dir, 'tron-bo.pdf'));

/**
 * Records each call and the files it was given, and whether the bundle was out before each;
 * each file of the `call`-th call (from 1) gets `pages(call)` pages.
 */
function standIn(
  events: string[],
  waitMs: number,
  pages: (call: number) => number = () => 1,
): PdfConverter {
  let call = 0;
  return {
    kind: 'warm',
    async convert(jobs: readonly PdfJob[], each?: (index: number) => void) {
      call++;
      events.push(`call of ${jobs.length}`);
      for (const [i, job] of jobs.entries()) {
        if (job.source.endsWith('.xlsx')) {
          const start = Date.now();
          while (!bundleOut() && Date.now() - start < waitMs)
            await new Promise((r) => setTimeout(r, 10));
        }
        events.push(`${basename(job.source)}${bundleOut() ? ' (bundle out)' : ''}`);
        writeFileSync(job.target, await blankPdf(pages(call)));
        each?.(i);
      }
      return { issues: jobs.map(() => null), warnings: [] };
    },
    close: async () => undefined,
  };
}

test('the documents of the bundle go first; the bundle is made while the workbooks convert', async () => {
  const events: string[] = [];
  const told: string[] = [];
  const result = await writePackagePdfs(dir, model, {
    converter: standIn(events, 10_000),
    written: (file) => told.push(file),
  });
  expect(result.issues).toEqual([]);
  expect(events).toEqual([
    'call of 8',
    ...BUNDLE_FIRST,
    // The stand-in waited for the bundle before each workbook: it came before the first.
    ...WORKBOOKS.map((w) => `${w} (bundle out)`),
  ]);
  // Told before the last workbook's PDF: its text is read while LibreOffice still works.
  expect(told.indexOf('tron-bo.pdf')).toBeGreaterThanOrEqual(0);
  expect(told.indexOf('tron-bo.pdf')).toBeLessThan(told.indexOf('chi-tieu-don-vi-bang-tinh.pdf'));
  // Every PDF is listed in the package's own order, the bundle last, as before.
  expect(result.files).toEqual([
    'bao-cao.pdf',
    'cong-van-766.pdf',
    'phu-luc-bieu-mau.pdf',
    'bieu-mau.pdf',
    'xep-hang-766.pdf',
    'xep-hang-766-bang-tinh.pdf',
    'chi-tieu-don-vi.pdf',
    'chi-tieu-don-vi-bang-tinh.pdf',
    'tron-bo.pdf',
  ]);
  const bundle = await PDFDocument.load(readFileSync(join(dir, 'tron-bo.pdf')));
  expect(bundle.getPageCount()).toBe(5);
}, 60_000);

test('an annex converted again for its signatures: the bundle waits for it and takes the new one', async () => {
  // LibreOffice "set the signatures of II.02c alone": the annex is converted again, from a copy
  // that starts a page two rows before its total.
  jest.spyOn(lone, 'formsSignedAlone').mockReturnValue(new Map([['II.02c', 2]]));
  const events: string[] = [];
  // The first call writes one page a file; the second (the annex again) three.
  const converter = standIn(events, 1_000, (call) => (call === 1 ? 1 : 3));
  const result = await writePackagePdfs(dir, model, { converter });
  expect(result.issues).toEqual([]);
  // No bundle before the second call: the workbooks waited for it in vain, a second each (the
  // test above has it within that time).
  expect(events).toEqual([
    'call of 8',
    ...BUNDLE_FIRST,
    ...WORKBOOKS,
    'call of 1',
    'phu-luc-bieu-mau.docx',
  ]);
  const bundle = await PDFDocument.load(readFileSync(join(dir, 'tron-bo.pdf')));
  // Report, letter, the annex converted again (3 pages), the ranking and compliance annexes.
  expect(bundle.getPageCount()).toBe(7);
}, 120_000);

test('a conversion that fails: nothing is re-saved or told after the call returns', async () => {
  const told: string[] = [];
  const result = await writePackagePdfs(dir, model, {
    converter: {
      kind: 'warm',
      // Every file written and told, the last one failed: the converter ends at once.
      async convert(jobs: readonly PdfJob[], each?: (index: number) => void) {
        for (const [i, job] of jobs.entries()) {
          writeFileSync(job.target, await blankPdf(1));
          each?.(i);
        }
        const failed = makeIssue('PDF_CONVERSION_FAILED', { reason: 'thử nghiệm' });
        return {
          issues: jobs.map((_, i) => (i === jobs.length - 1 ? failed : null)),
          warnings: [],
        };
      },
      close: async () => undefined,
    },
    written: (file) => told.push(file),
  });
  expect(result.issues.map((i) => i.code)).toEqual(['PDF_CONVERSION_FAILED']);
  const atReturn = [...told];
  // What was told on the way waits for its turn of the event loop: it must find the call over.
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  expect(told).toEqual(atReturn);
  expect(existsSync(join(dir, 'tron-bo.pdf'))).toBe(false);
});
