import { writtenLine } from '../../catalogue/written-line';
import type { DocumentFrame } from '../../compute/document-frame';
import type { LetterModel } from '../../compute/package-model';
import type { ReportModel } from '../../compute/report-model';
import { letterTitle } from '../../phrase/document-titles';
import { frameLines } from '../../phrase/frame-lines';
import { withOfficeProperties } from '../office-properties';
import { letterBody } from './letter-body';
import { letterDocx } from './letter-docx';

/** The time stamp of a letter's file: its date (the first of the month for a draft). */
export const letterStamp = (f: DocumentFrame): Date =>
  new Date(Date.UTC(f.date.year, f.date.month - 1, f.date.day));

/** A công văn as a Word file (Nghị định 30/2020), from its model alone. */
export function letterFile(letter: LetterModel, report: ReportModel | null): Buffer {
  const f = letter.frame;
  const notes = new Map([...letter.footnotes].map(([k, n]) => [k, n.text]));
  // Nghị định 30/2020 prints authority and title in capitals, however they are written.
  const bytes = letterDocx(
    {
      head: frameLines(f),
      recipients: f.recipients,
      body: letterBody(
        letter.body.map((l) => writtenLine(l, report, letter.marks)),
        notes,
      ),
      distribution: f.distribution,
      archive: f.archive,
      signer: {
        authority: f.signer.authority?.toLocaleUpperCase('vi') ?? null,
        title: f.signer.title.toLocaleUpperCase('vi'),
        name: f.signer.name,
      },
    },
    letterStamp(f),
  );
  return withOfficeProperties(bytes, {
    title: letterTitle(letter),
    author: f.issuingBody.join(' '),
    created: letterStamp(f),
  });
}
