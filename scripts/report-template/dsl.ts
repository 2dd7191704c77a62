import { paragraph, type ParagraphStyle } from '../../src/render/docx/paragraph';
import { footnoteReference, run, type RunStyle } from '../../src/render/docx/run';

/** A piece of a template paragraph: text (with {tags}), styled text, or a footnote mark. */
export type Piece =
  string | { readonly text: string; readonly style: RunStyle } | { readonly footnote: number };

export const b = (text: string): Piece => ({ text, style: { bold: true } });
export const i = (text: string): Piece => ({ text, style: { italic: true } });
export const bi = (text: string): Piece => ({ text, style: { bold: true, italic: true } });
export const fn = (id: number): Piece => ({ footnote: id });

function runs(pieces: readonly Piece[], base: RunStyle = {}): string {
  return pieces
    .map((p) =>
      typeof p === 'string'
        ? run(p, base)
        : 'footnote' in p
          ? footnoteReference(p.footnote)
          : run(p.text, { ...base, ...p.style }),
    )
    .join('');
}

/** A body paragraph (Normal style: justified, first-line indent). */
export const p = (...pieces: Piece[]): string => paragraph(runs(pieces));

/** A body paragraph kept on the page of the next one (a line leading into a list, a label). */
export const KEEP: ParagraphStyle = { keepNext: true };

/** A paragraph with explicit paragraph and run styles. */
export const ps = (style: ParagraphStyle, base: RunStyle, ...pieces: Piece[]): string =>
  paragraph(runs(pieces, base), style);

/** Headings: A/B, I/II, 1/2, and 7.1 or a) levels. */
export const h1 = (text: string): string => paragraph(runs([text]), { style: 'Muc1' });
export const h2 = (text: string): string => paragraph(runs([text]), { style: 'Muc2' });
export const h3 = (text: string): string => paragraph(runs([text]), { style: 'Muc3' });
export const h4 = (...pieces: Piece[]): string => paragraph(runs(pieces), { style: 'Muc4' });

/** A content-file section, replaced by its paragraphs (docxtemplater raw tag, alone in its paragraph). */
export const raw = (key: string): string => paragraph(run(`{@${key}}`));

/** Paragraphs repeated for each item of a list: the loop tags stand in paragraphs of their own. */
export const loop = (key: string, inner: string, style: ParagraphStyle = {}): string =>
  paragraph(run(`{#${key}}`), style) + inner + paragraph(run(`{/${key}}`), style);

/** Paragraphs kept only when the value is false or empty. */
export const unless = (key: string, inner: string, style: ParagraphStyle = {}): string =>
  paragraph(run(`{^${key}}`), style) + inner + paragraph(run(`{/${key}}`), style);
