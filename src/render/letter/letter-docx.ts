import { docxBytes, docxZip } from '../docx/package';
import type { LetterBody } from './letter-body';
import { letterClosing, type Signer } from './letter-closing';
import { letterHead, recipients, type LetterHead } from './letter-head';

export interface LetterParts {
  readonly head: LetterHead;
  readonly recipients: readonly string[];
  readonly body: LetterBody;
  readonly distribution: readonly string[];
  readonly archive: string;
  readonly signer: Signer;
}

/** A công văn as a Word file (A4 portrait, Nghị định 30/2020), stamped with `when`. */
export function letterDocx(p: LetterParts, when: Date): Buffer {
  const body =
    letterHead(p.head) +
    recipients(p.recipients) +
    p.body.xml +
    letterClosing(p.distribution, p.archive, p.signer);
  return docxBytes(docxZip({ body, orientation: 'portrait', footnotes: p.body.footnotes }), when);
}
