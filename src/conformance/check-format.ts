import { checkDocxZip, limitWords } from '../ooxml/zip-guard';
import { makeIssue, type Issue } from '../issues/issue';
import type { FormatContext } from './context';
import { documentKind, type DocumentKind } from './document-kind';
import { locateFrame } from './frame';
import { readDocx } from '../ooxml/read-docx';
import { RULES } from './rules';

/** The kind of a checked document and its deviations. */
export interface FormatCheck {
  readonly kind: DocumentKind | null;
  readonly issues: Issue[];
}

/**
 * Checks a Word file against the presentation rules of Nghị định 30/2020 (REFERENCE §5): tells
 * its kind from the content (report or other typed document, công văn, annex) and runs the rules
 * that fit it. `file` names the file in every location. A file that is not a readable .docx
 * gives one FORMAT_UNREADABLE issue, a zip beyond the safe limits one DOCX_LIMIT.
 * @example checkFormat(readFileSync('bao-cao.docx'), 'bao-cao.docx').issues // []
 */
export function checkFormat(bytes: Buffer, file: string): FormatCheck {
  // A zip bomb is refused before any part is unpacked (the limits of src/ooxml/zip-limits.ts).
  const refused = checkDocxZip(bytes);
  if (refused?.kind === 'limit')
    return { kind: null, issues: [makeIssue('DOCX_LIMIT', limitWords(refused), { file })] };
  const doc = refused ? ({ problem: 'damaged' } as const) : readDocx(bytes);
  if ('problem' in doc)
    return {
      kind: null,
      issues: [
        makeIssue(
          'FORMAT_UNREADABLE',
          { problem: doc.problem, detail: doc.detail ?? '' },
          { file, detail: doc.part },
        ),
      ],
    };
  const frame = locateFrame(doc.body);
  const ctx: FormatContext = { file, doc, frame, kind: documentKind(frame) };
  return { kind: ctx.kind, issues: RULES[ctx.kind.kind].flatMap((rule) => rule(ctx)) };
}
