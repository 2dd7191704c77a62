import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageModel } from '../compute/package-model';
import { BUNDLE_FILE, PDF_FILES } from '../contract/package-files';
import { provinceSlug } from '../domain/province-slug';
import { hasErrors, makeIssue, type Issue } from '../issues/issue';
import { NOTICES } from '../issues/notices';
import type { PdfConverter } from '../render/pdf/converter/converter';
import { writePackagePdfs } from '../render/pdf/write-pdfs';
import { renderPackage } from '../render/render-package';
import { checkTarget, TargetTaken, writeFolderAtomically } from '../render/write-folder';
import { settled, unwrap } from '../tools/settled';
import { pdfSources, readEarly, type EarlyText } from '../verify/pdf-sources';
import { checkPackageFormat, verifyOfficeFiles, verifyPdfFiles } from '../verify/verify-package';

export interface BuildOptions {
  readonly out: string;
  /** Replace what an earlier run wrote into the package's folder. */
  readonly force: boolean;
  /** Also write every document as PDF and one bookmarked bundle (needs LibreOffice). */
  readonly pdf?: boolean;
  /** Told before each slow step (a progress line for the official). */
  readonly progress?: (line: string) => void;
  /** What converts to PDF: a warm pool a server keeps; by default the one TTHC_PDF_CONVERTER says. */
  readonly converter?: PdfConverter;
  /** Told once every PDF is made (LibreOffice no longer needed), before they are read back. */
  readonly converted?: () => void;
}

/** How a build ended. */
export type BuildResult =
  | {
      readonly status: 'written';
      readonly folder: string;
      readonly files: readonly string[];
      /** Values of the files compared with the model on reading them back. */
      readonly checked: number;
      /** Warnings: a warm converter that could not start, PDFs of an earlier run left behind. */
      readonly warnings: readonly Issue[];
    }
  /** LibreOffice failed, or the files did not read back as the model says: nothing written. */
  | {
      readonly status: 'refused';
      readonly reason: 'pdf' | 'verify';
      readonly issues: readonly Issue[];
    }
  /** The folder is taken (files without --force, or another run's package). */
  | { readonly status: 'blocked'; readonly message: string };

/** Carries the issues out of the temporary folder, so that nothing is moved into place. */
class Refused extends Error {
  constructor(
    readonly reason: 'pdf' | 'verify',
    readonly issues: readonly Issue[],
  ) {
    super('refused');
  }
}

/** PDFs of an earlier --pdf run that a build without --pdf leaves behind in `folder`. */
function stalePdfs(folder: string): Issue[] {
  const left = [...Object.values(PDF_FILES), BUNDLE_FILE].filter((f) =>
    existsSync(join(folder, f)),
  );
  return left.length > 0
    ? [makeIssue('PDF_STALE', { files: left.join(', ') }, { file: folder })]
    : [];
}

/**
 * Writes a prepared package: renders every file from the model, writes them into a temporary
 * folder beside the target, converts them to PDF when asked, reads every file back against the
 * model and checks the Word files against Nghị định 30/2020, and only then moves the folder
 * into place. A failure at any step leaves the target as it was.
 */
export async function buildPackage(
  model: PackageModel,
  options: BuildOptions,
): Promise<BuildResult> {
  const report = model.report!;
  // Named as packageName names it: "lao-cai-2026-q1".
  const folder = join(
    options.out,
    `${provinceSlug(report.province)}-${report.period.code.toLowerCase()}`,
  );
  const blocked = checkTarget(folder, options.force);
  if (blocked) return { status: 'blocked', message: blocked };
  options.progress?.(NOTICES.RENDERING());
  const rendered = await renderPackage(model);
  let files: string[] = [];
  let checked = 0;
  const converterWarnings: Issue[] = [];
  // Warnings of the read-back and of Nghị định 30 (a city's text calling it "tỉnh"): said.
  let checkWarnings: Issue[] = [];
  try {
    await writeFolderAtomically(
      folder,
      async (dir) => {
        for (const f of rendered) writeFileSync(join(dir, f.name), f.bytes);
        files = rendered.map((f) => f.name);
        // LibreOffice converts in processes of its own: the Word and Excel files are read back
        // meanwhile, each PDF's text as soon as it is written, and the PDFs once all are. The
        // conversion, the longer, is said last: a progress box shows the last line said.
        options.progress?.(NOTICES.READING_BACK());
        const early = new Map<string, EarlyText>();
        const converting = options.pdf
          ? settled(
              writePackagePdfs(dir, model, {
                progress: options.progress,
                converter: options.converter,
                written: (file, pdf) => early.set(file, readEarly(pdf)),
              }),
            )
          : null;
        const read = (name: string) =>
          existsSync(join(dir, name)) ? readFileSync(join(dir, name)) : null;
        const office = await settled(
          (async () => {
            const verified = verifyOfficeFiles(read, model);
            const deviations = checkPackageFormat(read);
            return { verified, deviations, sources: converting ? pdfSources(read) : undefined };
          })(),
        );
        if (converting) {
          const outcome = await converting;
          options.converted?.();
          const pdf = unwrap(outcome);
          converterWarnings.push(...pdf.warnings);
          if (pdf.issues.length > 0) throw new Refused('pdf', [...pdf.warnings, ...pdf.issues]);
          files.push(...pdf.files);
        }
        const { verified, deviations, sources } = unwrap(office);
        const pdfs = converting
          ? await verifyPdfFiles(read, model, { sources, early })
          : { issues: [] };
        const issues = [...verified.issues, ...pdfs.issues, ...deviations];
        if (hasErrors(issues)) throw new Refused('verify', issues);
        checkWarnings = issues.filter((i) => i.severity === 'warning');
        checked = verified.checked;
      },
      options.force,
    );
  } catch (err) {
    // Another run (a batch worker on a dataset of the same province and period) got there first.
    if (err instanceof TargetTaken)
      return { status: 'blocked', message: checkTarget(folder, options.force) ?? err.message };
    if (err instanceof Refused)
      return { status: 'refused', reason: err.reason, issues: err.issues };
    throw err;
  }
  return {
    status: 'written',
    folder,
    files,
    checked,
    warnings: [...converterWarnings, ...checkWarnings, ...(options.pdf ? [] : stalePdfs(folder))],
  };
}
