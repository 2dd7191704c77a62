import { FOOTNOTES, type FootnoteKey } from './footnotes-view';
import { paragraph } from '../docx/paragraph';
import { footnoteReference, run } from '../docx/run';

const TOKEN = /(\*\*[^*]+\*\*|\*[^*]+\*|\[\^[a-z_]+\])/u;

/**
 * One line of the content file as Word runs: **bold**, *italic*, and [^key] for a footnote
 * whose text comes from the data. Anything else is literal text.
 */
export function contentRuns(text: string): string {
  return text
    .split(TOKEN)
    .filter((piece) => piece !== '')
    .map((piece) => {
      if (piece.startsWith('**') && piece.endsWith('**') && piece.length > 4)
        return run(piece.slice(2, -2), { bold: true });
      if (piece.startsWith('*') && piece.endsWith('*') && piece.length > 2)
        return run(piece.slice(1, -1), { italic: true });
      const mark = /^\[\^([a-z_]+)\]$/u.exec(piece);
      if (mark && mark[1]! in FOOTNOTES)
        return footnoteReference(FOOTNOTES[mark[1] as FootnoteKey]);
      return run(piece);
    })
    .join('');
}

/** A block section of the content file as body paragraphs, one per line. */
export function contentParagraphs(lines: readonly { text: string }[]): string {
  return lines.map((l) => paragraph(contentRuns(l.text))).join('');
}

/** An inline section as plain text: marks of emphasis are dropped inside a template sentence. */
export function contentInline(lines: readonly { text: string }[]): string {
  return lines.map((l) => l.text.replace(/\*\*([^*]+)\*\*|\*([^*]+)\*/gu, '$1$2')).join(' ');
}
