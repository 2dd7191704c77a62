import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
import { documentTitles } from '../../phrase/document-titles';
import { assembleBundle } from './assemble-bundle';
import { convertToPdf, type ConvertOptions } from './convert-to-pdf';
import { pdfInfo } from './package-pdfs';

export interface PdfOptions extends ConvertOptions {
  /** Told before each slow step (a progress line for the official). */
  readonly progress?: (line: string) => void;
}

/**
 * Converts every Word and Excel file of the package in `dir` to PDF, one after another (each
 * LibreOffice run already uses a whole core), then assembles the bundle. Stops at the first
 * failure and returns its issue; the caller is writing into a temporary folder, so nothing of
 * a failed run reaches the output.
 */
export async function writePackagePdfs(
  dir: string,
  pkg: PackageModel,
  options: PdfOptions = {},
): Promise<{ files: string[]; issues: Issue[] }> {
  const files: string[] = [];
  const model = pkg.report;
  if (!model) return { files, issues: [] };
  const forms = pkg.forms;
  const titles = documentTitles(model, forms, pkg.letter);
  const pdfs = new Map<DocumentKey, Uint8Array>();
  for (const key of Object.keys(PDF_FILES) as DocumentKey[]) {
    const source = join(dir, PACKAGE_FILES[key]);
    if (!existsSync(source)) continue;
    options.progress?.(`Đang chuyển ${PACKAGE_FILES[key]} sang PDF bằng LibreOffice…`);
    const target = join(dir, PDF_FILES[key]);
    const issue = await convertToPdf(source, target, options);
    if (issue) return { files, issues: [issue] };
    // Re-saved with the package's metadata: LibreOffice stamps the time of the run.
    const pdf = await assembleBundle(
      [{ title: titles[key], pdf: readFileSync(target) }],
      pdfInfo(model, forms, [titles[key]]),
    );
    writeFileSync(target, pdf);
    pdfs.set(key, pdf);
    files.push(PDF_FILES[key]);
  }
  const parts = BUNDLE_ORDER.filter((k) => pdfs.has(k)).map((k) => ({
    title: titles[k],
    pdf: pdfs.get(k)!,
  }));
  if (parts.length === 0) return { files, issues: [] };
  options.progress?.(`Đang ghép ${parts.length} văn bản thành ${BUNDLE_FILE}…`);
  const titlesIn = parts.map((p) => p.title);
  writeFileSync(
    join(dir, BUNDLE_FILE),
    await assembleBundle(parts, pdfInfo(model, forms, titlesIn)),
  );
  return { files: [...files, BUNDLE_FILE], issues: [] };
}
