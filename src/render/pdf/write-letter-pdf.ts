import { readFileSync, writeFileSync } from 'node:fs';
import type { Registry } from '../../domain/registry';
import type { Issue } from '../../issues/issue';
import type { Letter } from '../../validate/letter/validate-letter';
import { assembleBundle } from './assemble-bundle';
import { converterFor, type PdfOptions } from './write-pdfs';
import { letterPdfInfo, letterTitle } from './letter-pdf';

/**
 * Converts a written letter to PDF at `target`, with the letter's metadata and one bookmark,
 * through the converter of `options` (see converterFor). Returns the issue when LibreOffice
 * fails; `target` is then not written. A warm converter that could not start was already
 * reported by checkPdfTools, before the letter was made.
 */
export async function writeLetterPdf(
  docx: string,
  target: string,
  letter: Letter,
  registry: Registry,
  options: PdfOptions = {},
): Promise<Issue | null> {
  const [issue] = (await converterFor(options).convert([{ source: docx, target }])).issues;
  if (issue) return issue;
  const info = letterPdfInfo(letter, registry);
  // The frame was resolved when the letter was made, so info is there; kept as LibreOffice wrote it otherwise.
  if (info)
    writeFileSync(
      target,
      await assembleBundle([{ title: letterTitle(letter), pdf: readFileSync(target) }], info),
    );
  return null;
}
