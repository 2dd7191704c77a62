import { readFileSync, writeFileSync } from 'node:fs';
import type { LetterModel } from '../../compute/package-model';
import type { Issue } from '../../issues/issue';
import { letterTitle } from '../../phrase/document-titles';
import { assembleBundle } from './assemble-bundle';
import { letterPdfInfo } from './letter-pdf';
import { converterFor, type PdfOptions } from './write-pdfs';

/**
 * Converts a written letter to PDF at `target`, with the letter's metadata and one bookmark,
 * through the converter of `options` (see converterFor). Returns the issue when LibreOffice
 * fails; `target` is then not written. A warm converter that could not start was already
 * reported by checkPdfTools, before the letter was made.
 */
export async function writeLetterPdf(
  docx: string,
  target: string,
  letter: LetterModel,
  options: PdfOptions = {},
): Promise<Issue | null> {
  const [issue] = (await converterFor(options).convert([{ source: docx, target }])).issues;
  if (issue) return issue;
  writeFileSync(
    target,
    await assembleBundle(
      [{ title: letterTitle(letter), pdf: readFileSync(target) }],
      letterPdfInfo(letter),
    ),
  );
  return null;
}
