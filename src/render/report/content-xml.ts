import { FOOTNOTES, type FootnoteKey } from './footnotes-view';
import { paragraph } from '../docx/paragraph';
import { footnoteReference, run } from '../docx/run';
import { maskLiterals } from './literal-text';

const TOKEN = /(\*\*[^*]+\*\*|\*[^*]+\*|\[\^[\p{L}\d_-]+\])/u;

/** The report's footnotes by key; a letter passes its own numbering. */
const reportFootnote = (key: string): number | undefined =>
  key in FOOTNOTES ? FOOTNOTES[key as FootnoteKey] : undefined;

/**
 * One line of the content file as Word runs: **bold**, *italic*, and [^key] for a footnote
 * whose text comes from the data. Anything else is literal text, and so are the data values
 * filled into the line (see literal-text.ts), whatever characters they hold.
 */
export function contentRuns(
  text: string,
  footnoteId: (key: string) => number | undefined = reportFootnote,
): string {
  const { masked, unmask } = maskLiterals(text);
  return masked
    .split(TOKEN)
    .filter((piece) => piece !== '')
    .map((piece) => {
      if (piece.startsWith('**') && piece.endsWith('**') && piece.length > 4)
        return run(unmask(piece.slice(2, -2)), { bold: true });
      if (piece.startsWith('*') && piece.endsWith('*') && piece.length > 2)
        return run(unmask(piece.slice(1, -1)), { italic: true });
      const mark = /^\[\^([\p{L}\d_-]+)\]$/u.exec(piece);
      const id = mark ? footnoteId(mark[1]!) : undefined;
      if (id !== undefined) return footnoteReference(id);
      return run(unmask(piece));
    })
    .join('');
}

/** A block section of the content file as body paragraphs, one per line. */
export function contentParagraphs(lines: readonly { text: string }[]): string {
  return lines.map((l) => paragraph(contentRuns(l.text))).join('');
}

/** An inline section as plain text: marks of emphasis are dropped inside a template sentence. */
export function contentInline(lines: readonly { text: string }[]): string {
  return lines
    .map((l) => {
      const { masked, unmask } = maskLiterals(l.text);
      return unmask(masked.replace(/\*\*([^*]+)\*\*|\*([^*]+)\*/gu, '$1$2'));
    })
    .join(' ');
}
