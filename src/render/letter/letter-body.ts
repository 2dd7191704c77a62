import { inlinePieces } from '../../phrase/inline-markup';
import { paragraph } from '../docx/paragraph';
import { footnoteMark, run } from '../docx/run';
import { contentRuns } from '../report/content-xml';

export interface LetterBody {
  /** Body paragraphs, XML. */
  readonly xml: string;
  /** Footnote id → footnote paragraph XML, numbered in the order the body refers to them. */
  readonly footnotes: Map<number, string>;
}

/**
 * The body of a letter: each line a justified paragraph with **bold**, *italic* and [^key]
 * footnote marks, numbered in the order the body first refers to them; `notes` are the
 * footnotes' texts by key (every key referred to has one: the inputs were checked).
 */
export function letterBody(
  paragraphs: readonly string[],
  notes: ReadonlyMap<string, string>,
): LetterBody {
  const ids = new Map<string, number>();
  for (const p of paragraphs)
    for (const piece of inlinePieces(p))
      if ('footnote' in piece && notes.has(piece.footnote) && !ids.has(piece.footnote))
        ids.set(piece.footnote, ids.size + 1);
  const xml = paragraphs.map((p) => paragraph(contentRuns(p, (k) => ids.get(k)))).join('');
  const footnotes = new Map(
    [...ids].map(([key, id]) => [
      id,
      paragraph(footnoteMark() + run(` ${notes.get(key)!}`), { style: 'FootnoteText' }),
    ]),
  );
  return { xml, footnotes };
}
