import { paragraph } from '../docx/paragraph';
import { footnoteMark, run } from '../docx/run';
import { contentRuns } from '../report/content-xml';

const DEFINITION = /^\[\^([\p{L}\d_-]+)\]:\s*(.*)$/u;
const REFERENCE = /\[\^([\p{L}\d_-]+)\]/gu;

export interface LetterBody {
  /** Body paragraphs, XML. */
  readonly xml: string;
  /** Footnote id → footnote paragraph XML, numbered in the order the body refers to them. */
  readonly footnotes: Map<number, string>;
  /** Keys referred to in the body with no text, from the letter or from the data. */
  readonly undefinedKeys: { key: string; line: number }[];
}

/**
 * The body of a letter: each non-empty line a justified paragraph with **bold**, *italic* and
 * [^key] footnote marks. A footnote's text is a "[^key]: …" line of the letter, or comes from
 * the data (`dataNotes`, e.g. the lists of low-ranked units).
 */
export function letterBody(
  lines: readonly { text: string; line: number }[],
  dataNotes: ReadonlyMap<string, string> = new Map(),
): LetterBody {
  const written = new Map<string, string>();
  const paragraphs: { text: string; line: number }[] = [];
  for (const l of lines) {
    const def = DEFINITION.exec(l.text.trim());
    if (def) written.set(def[1]!, def[2]!);
    else if (l.text.trim()) paragraphs.push({ text: l.text.trim(), line: l.line });
  }
  const ids = new Map<string, number>();
  const undefinedKeys: { key: string; line: number }[] = [];
  for (const p of paragraphs)
    for (const m of p.text.matchAll(REFERENCE)) {
      const key = m[1]!;
      if (ids.has(key)) continue;
      if (!written.has(key) && !dataNotes.has(key)) undefinedKeys.push({ key, line: p.line });
      else ids.set(key, ids.size + 1);
    }
  const xml = paragraphs.map((p) => paragraph(contentRuns(p.text, (k) => ids.get(k)))).join('');
  const footnotes = new Map(
    [...ids].map(([key, id]) => [
      id,
      paragraph(footnoteMark() + run(` ${written.get(key) ?? dataNotes.get(key)!}`), {
        style: 'FootnoteText',
      }),
    ]),
  );
  return { xml, footnotes, undefinedKeys };
}
