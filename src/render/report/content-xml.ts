import { REPORT_FOOTNOTES } from '../../catalogue/report-footnotes';
import { inlinePieces } from '../../phrase/inline-markup';
import { maskLiterals } from '../../phrase/literal-text';
import { paragraph } from '../docx/paragraph';
import { footnoteReference, run } from '../docx/run';

/** The report's footnotes by key; a letter passes its own numbering. */
const reportFootnote = (key: string): number | undefined =>
  REPORT_FOOTNOTES.find((f) => f.key === key)?.id;

/**
 * One typed line as Word runs: **bold**, *italic*, and [^key] for a footnote whose text comes
 * from the data. Anything else is literal text, and so are the data values filled into the
 * line (see phrase/literal-text.ts), whatever characters they hold.
 */
export function contentRuns(
  text: string,
  footnoteId: (key: string) => number | undefined = reportFootnote,
): string {
  return inlinePieces(text)
    .map((p) => {
      if ('footnote' in p) {
        const id = footnoteId(p.footnote);
        return id === undefined ? run(`[^${p.footnote}]`) : footnoteReference(id);
      }
      return run(p.text, p.bold ? { bold: true } : p.italic ? { italic: true } : undefined);
    })
    .join('');
}

/** A block section of the content file as body paragraphs, one per line. */
export function contentParagraphs(lines: readonly string[]): string {
  return lines.map((l) => paragraph(contentRuns(l))).join('');
}

/** An inline section as plain text: marks of emphasis are dropped inside a template sentence. */
export function contentInline(lines: readonly string[]): string {
  return lines
    .map((l) => {
      const { masked, unmask } = maskLiterals(l);
      return unmask(masked.replace(/\*\*([^*]+)\*\*|\*([^*]+)\*/gu, '$1$2'));
    })
    .join(' ');
}
