import type { LetterModel } from '../../compute/package-model';
import { letterStamp } from '../letter/letter-file';
import type { BundleInfo } from './assemble-bundle';

import { letterTitle } from '../../phrase/document-titles';

/** The metadata of a letter's PDF: its summary, issuing body and date, as the letter prints them. */
export function letterPdfInfo(letter: LetterModel): BundleInfo {
  return {
    title: letterTitle(letter),
    author: letter.frame.issuingBody.join(' '),
    subject: letterTitle(letter),
    keywords: ['công văn', letter.frame.symbol],
    date: letterStamp(letter.frame),
  };
}
