import { maskLiterals } from './literal-text';

/** A piece of a typed line: text with its emphasis, or a footnote reference by key. */
export type InlinePiece =
  | { readonly text: string; readonly bold?: boolean; readonly italic?: boolean }
  | { readonly footnote: string };

const TOKEN = /(\*\*[^*]+\*\*|\*[^*]+\*|\[\^[\p{L}\d_-]+\])/u;

/**
 * The Markdown an official may type in a content file or letter: **bold**, *italic*, and
 * [^key] for a footnote. Values from the data, marked literal (literal-text.ts), are text
 * whatever characters they hold: a document titled "về *x* [^dia_gioi]" is printed as typed.
 * @example inlinePieces('Đạt **100%** kế hoạch[^a]')
 * // [{ text: 'Đạt ' }, { text: '100%', bold: true }, { text: ' kế hoạch' }, { footnote: 'a' }]
 */
export function inlinePieces(text: string): InlinePiece[] {
  const { masked, unmask } = maskLiterals(text);
  return masked
    .split(TOKEN)
    .filter((piece) => piece !== '')
    .map((piece): InlinePiece => {
      if (piece.startsWith('**') && piece.endsWith('**') && piece.length > 4)
        return { text: unmask(piece.slice(2, -2)), bold: true };
      if (piece.startsWith('*') && piece.endsWith('*') && piece.length > 2)
        return { text: unmask(piece.slice(1, -1)), italic: true };
      const mark = /^\[\^([\p{L}\d_-]+)\]$/u.exec(piece);
      if (mark) return { footnote: mark[1]! };
      return { text: unmask(piece) };
    });
}

/**
 * A typed line as a reader sees it in the document: emphasis gone, footnote references gone.
 * @example plainText('Đạt **100%** kế hoạch[^a]') // 'Đạt 100% kế hoạch'
 */
export const plainText = (text: string): string =>
  inlinePieces(text)
    .map((p) => ('text' in p ? p.text : ''))
    .join('');
