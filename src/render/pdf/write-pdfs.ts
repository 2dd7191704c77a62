import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PackageModel } from '../../compute/package-model';
import {
  BUNDLE_FILE,
  BUNDLE_ORDER,
  PACKAGE_FILES,
  PDF_FILES,
  type DocumentKey,
} from '../../contract/package-files';
import type { Issue } from '../../issues/issue';
import { NOTICES } from '../../issues/notices';
import { documentTitles } from '../../phrase/document-titles';
import { assembleBundle } from './assemble-bundle';
import type { ConvertOptions } from './convert-to-pdf';
import { coldBatch } from './converter/cold-batch';
import { failures, type PdfConverter } from './converter/converter';
import { defaultPdfConverter } from './converter/pdf-converter';
import { pdfInfo } from './package-pdfs';
import { formsSignedAlone } from './lone-signatures';
import { annexDocx } from '../annex/annex-docx';
import { formFrame } from '../../forms/form-frame';
import { stampOf } from '../render-package';
import { settled, unwrap, type Settled } from '../../tools/settled';

export interface PdfOptions extends ConvertOptions {
  /** Told before each slow step (a progress line for the official). */
  readonly progress?: (line: string) => void;
  /**
   * What converts the files: the caller's (a web app's warm pool, a test's); by default the
   * one TTHC_PDF_CONVERTER chooses (defaultPdfConverter: a cold batch unless it says warm).
   */
  readonly converter?: PdfConverter;
  /**
   * Told as each PDF is final, by file name: a document's, re-saved with the package's
   * metadata, and the bundle. A build reads its text while LibreOffice converts the next file.
   */
  readonly written?: (file: string, pdf: Uint8Array) => void;
}

/** The converter to use: the one given, else a cold batch with these options or the default. */
export function converterFor(options: PdfOptions): PdfConverter {
  if (options.converter) return options.converter;
  // A LibreOffice program or timeout named by the caller (tests) asks for the cold path with it.
  if (options.command !== undefined || options.timeoutMs !== undefined) return coldBatch(options);
  return defaultPdfConverter();
}

/**
 * Converts every Word and Excel file of the package in `dir` to PDF in one call of the
 * converter (one LibreOffice start for the whole package on the cold path, none on a warm
 * pool), re-saves each PDF with the package's metadata and assembles the bundle. The documents
 * of the bundle are converted first, so that the bundle is assembled while LibreOffice converts
 * the workbooks (unless the annex must be converted again: then after it). Any file
 * that failed gives its issue, all of them at once, and nothing else is done; the caller is
 * writing into a temporary folder, so nothing of a failed run reaches the output. `warnings`
 * are about the converter, not a file (PDF_WARM_UNAVAILABLE).
 */
export async function writePackagePdfs(
  dir: string,
  pkg: PackageModel,
  options: PdfOptions = {},
): Promise<{ files: string[]; issues: Issue[]; warnings: Issue[] }> {
  const model = pkg.report;
  if (!model) return { files: [], issues: [], warnings: [] };
  const forms = pkg.forms;
  const titles = documentTitles(model, forms, pkg.letter);
  const keys = (Object.keys(PDF_FILES) as DocumentKey[]).filter((k) =>
    existsSync(join(dir, PACKAGE_FILES[k])),
  );
  if (keys.length === 0) return { files: [], issues: [], warnings: [] };
  options.progress?.(
    NOTICES.PDF_CONVERTING({
      count: keys.length,
      files: keys.map((k) => PACKAGE_FILES[k]).join(', '),
    }),
  );
  const converter = converterFor(options);
  // The documents of the bundle first, the workbooks last: the bundle is assembled while
  // LibreOffice converts the workbooks, not after the last file.
  const parts = BUNDLE_ORDER.filter((k) => keys.includes(k));
  const order = [...parts, ...keys.filter((k) => !parts.some((p) => p === k))];
  // Re-saved with the package's metadata (LibreOffice stamps the time of the run) as soon as
  // LibreOffice has written it, while it converts the next; the annex only once formsSignedAlone
  // has looked at it, since it may be converted again.
  const saving = new Map<DocumentKey, Promise<Settled<Uint8Array>>>();
  const save = (key: DocumentKey) => {
    let saved = saving.get(key);
    if (!saved) saving.set(key, (saved = settled(resave(key))));
    return saved;
  };
  const resave = async (key: DocumentKey) => {
    const target = join(dir, PDF_FILES[key]);
    const pdf = await assembleBundle(
      [{ title: titles[key], pdf: readFileSync(target) }],
      pdfInfo(model, forms, [titles[key]]),
    );
    writeFileSync(target, pdf);
    options.written?.(PDF_FILES[key], pdf);
    return pdf;
  };
  const assemble = async () => {
    const pdfs = [];
    for (const k of parts) pdfs.push({ title: titles[k], pdf: unwrap(await save(k)) });
    const info = pdfInfo(
      model,
      forms,
      pdfs.map((p) => p.title),
    );
    const bundled = await assembleBundle(pdfs, info);
    writeFileSync(join(dir, BUNDLE_FILE), bundled);
    options.written?.(BUNDLE_FILE, bundled);
  };
  // The forms LibreOffice signed alone on a page of the annex: known once the annex is written.
  let carried: Map<string, number> | undefined;
  let bundle: Promise<Settled<void>> | undefined;
  const done = new Set<DocumentKey>();
  let stopped = false;
  const converted = (key: DocumentKey) => {
    if (stopped || done.has(key)) return;
    done.add(key);
    if (key === 'annex') {
      carried = formsSignedAlone(join(dir, PDF_FILES.annex), forms, formFrame(model).preparer);
      if (carried.size > 0) return;
    }
    void save(key);
    if (!bundle && parts.every((k) => done.has(k)) && !carried?.size) bundle = settled(assemble());
  };
  // Nothing is left writing into the folder when this returns.
  const stop = async (result: { issues: Issue[]; warnings: Issue[] }) => {
    // A file told just before the converter ended is not taken up after this returns.
    stopped = true;
    await Promise.all([...saving.values(), bundle]);
    return { files: [], ...result };
  };
  const conversion = await converter
    .convert(
      order.map((k) => ({ source: join(dir, PACKAGE_FILES[k]), target: join(dir, PDF_FILES[k]) })),
      // On the next turn of the event loop: the converter hands LibreOffice its next file first
      // (the annex's check runs pdftotext, about 40 ms, and would keep LibreOffice waiting).
      (i) => setImmediate(() => converted(order[i]!)),
    )
    .catch(async (err: unknown) => {
      await stop({ issues: [], warnings: [] });
      throw err;
    });
  const warnings = [...conversion.warnings];
  const issues = failures(conversion);
  if (issues.length > 0) return stop({ issues, warnings });
  // A converter may tell nothing before it resolves (the cold batch), and what it told on the
  // way may still wait for its turn: each file is taken up once, here at the latest.
  for (const key of order) converted(key);
  if (carried?.size) {
    const again = await convertAgain(join(dir, PDF_FILES.annex), pkg, carried, converter);
    warnings.push(...again.warnings);
    if (again.issues.length > 0) return stop({ issues: again.issues, warnings });
    void save('annex');
  }
  for (const key of keys) unwrap(await save(key));
  const files = keys.map((k) => PDF_FILES[k]);
  if (parts.length === 0) return { files, issues: [], warnings };
  if (!bundle) {
    options.progress?.(NOTICES.PDF_BUNDLING({ count: parts.length, file: BUNDLE_FILE }));
    bundle = settled(assemble());
  }
  unwrap(await bundle);
  return { files: [...files, BUNDLE_FILE], issues: [], warnings };
}

/**
 * When LibreOffice set a form's signatures alone on the annex's last page of that form
 * (`carried`, from formsSignedAlone), the annex is converted again from a copy that starts a
 * page a few rows before the total (the headings repeated), so the last rows, the total and the
 * signatures stand together. The .docx of the package stays as it was: Word keeps them together
 * itself (keepNext).
 */
async function convertAgain(
  pdf: string,
  pkg: PackageModel,
  carried: ReadonlyMap<string, number>,
  converter: PdfConverter,
): Promise<{ issues: Issue[]; warnings: readonly Issue[] }> {
  const model = pkg.report!;
  const temp = mkdtempSync(join(tmpdir(), 'tthc-annex-'));
  try {
    const source = join(temp, PACKAGE_FILES.annex);
    writeFileSync(source, annexDocx(pkg.forms, model, stampOf(model), carried));
    const again = await converter.convert([{ source, target: pdf }]);
    return { issues: failures(again), warnings: again.warnings };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
