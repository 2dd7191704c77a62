import type { Registry } from '../../domain/registry';
import type { Letter } from '../../validate/letter/validate-letter';
import { resolveLetterFrame } from '../letter/resolve-frame';
import type { BundleInfo } from './assemble-bundle';

/** "Công văn V/v …": the title of a letter's PDF and of its bookmark. */
export const letterTitle = (letter: Letter): string => `Công văn V/v ${letter.frame.trich_yeu}`;

/** The metadata of a letter's PDF: its summary, issuing body and date, as the letter prints them. */
export function letterPdfInfo(letter: Letter, registry: Registry): BundleInfo | null {
  const frame = resolveLetterFrame(letter.frame, registry);
  if (!frame) return null;
  return {
    title: letterTitle(letter),
    author: frame.head.issuingBody.join(' '),
    subject: letterTitle(letter),
    keywords: ['công văn', letter.frame.ky_hieu],
    date: frame.stamp,
  };
}
