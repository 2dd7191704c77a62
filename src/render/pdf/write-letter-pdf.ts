import { readFileSync, writeFileSync } from 'node:fs';
import type { LetterModel } from '../../compute/package-model';
import type { Issue } from '../../issues/issue';
import { assembleBundle } from './assemble-bundle';
import { convertToPdf, type ConvertOptions } from './convert-to-pdf';
import { letterTitle } from '../../phrase/document-titles';
import { letterPdfInfo } from './letter-pdf';

/**
 * Converts a written letter to PDF at `target`, with the letter's metadata and one bookmark.
 * Returns the issue when LibreOffice fails; `target` is then not written.
 */
export async function writeLetterPdf(
  docx: string,
  target: string,
  letter: LetterModel,
  options: ConvertOptions = {},
): Promise<Issue | null> {
  const issue = await convertToPdf(docx, target, options);
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
