import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { checkFormat } from '../conformance/check-format';
import type { PackageModel } from '../compute/package-model';
import { hasErrors, type Issue } from '../issues/issue';
import { NOTICES } from '../issues/notices';
import { letterTitle } from '../phrase/document-titles';
import { letterFile } from '../render/letter/letter-file';
import { writeLetterPdf } from '../render/pdf/write-letter-pdf';
import { checkFiles, recordFiles, trackTemporary, untrackTemporary } from '../render/write-folder';
import { docxWords } from '../verify/document-words';
import { verifyLetterDocx } from '../verify/letter-docx';
import { mismatchIssues } from '../verify/mismatch';
import { verifyDocumentPdf } from '../verify/package-pdfs';
import type { BuildOptions } from './build-package';

/** How writing a letter ended. */
export type LetterResult =
  | { readonly status: 'written'; readonly files: readonly string[]; readonly checked: number }
  | {
      readonly status: 'refused';
      readonly reason: 'pdf' | 'verify' | 'format';
      readonly issues: readonly Issue[];
    }
  | { readonly status: 'blocked'; readonly message: string };

/**
 * Writes a prepared letter as `<out>/<name of its content file>.docx` (and .pdf): rendered from
 * the model, read back against it and checked against Nghị định 30/2020 before anything is
 * written; the PDF made and read back word for word in a temporary folder beside the targets,
 * then both renamed into place. A failed or interrupted run leaves no half file.
 */
export async function buildLetter(
  model: PackageModel,
  options: BuildOptions,
): Promise<LetterResult> {
  const letter = model.letter!;
  const base = join(options.out, basename(letter.file, extname(letter.file)));
  const targets = { docx: `${base}.docx`, pdf: options.pdf ? `${base}.pdf` : null };
  const names = [targets.docx, targets.pdf].flatMap((t) => (t ? [basename(t)] : []));
  const blocked = checkFiles(options.out, names, options.force);
  if (blocked) return { status: 'blocked', message: blocked };
  const bytes = letterFile(letter, model.report);
  const name = basename(targets.docx);
  const verified = verifyLetterDocx(bytes, letter, model.report, name);
  if (verified.mismatches.length > 0)
    return { status: 'refused', reason: 'verify', issues: mismatchIssues(verified.mismatches) };
  const format = checkFormat(bytes, name).issues;
  if (hasErrors(format)) return { status: 'refused', reason: 'format', issues: format };
  mkdirSync(options.out, { recursive: true });
  const work = mkdtempSync(join(options.out, '.tthc-letter-'));
  trackTemporary(work);
  try {
    const docx = join(work, name);
    writeFileSync(docx, bytes);
    if (targets.pdf) {
      options.progress?.(NOTICES.LETTER_PDF());
      const pdf = join(work, basename(targets.pdf));
      const issue = await writeLetterPdf(docx, pdf, letter, { converter: options.converter });
      if (issue) return { status: 'refused', reason: 'pdf', issues: [issue] };
      const mismatches = await verifyDocumentPdf(
        basename(pdf),
        readFileSync(pdf),
        docxWords(bytes),
        letterTitle(letter),
      );
      if (mismatches.length > 0)
        return { status: 'refused', reason: 'pdf', issues: mismatchIssues(mismatches) };
      renameSync(pdf, targets.pdf);
    }
    renameSync(docx, targets.docx);
  } finally {
    rmSync(work, { recursive: true, force: true });
    untrackTemporary(work);
  }
  recordFiles(options.out, names);
  const files = [targets.docx, targets.pdf].filter((t): t is string => t !== null);
  return { status: 'written', files, checked: verified.checked };
}
