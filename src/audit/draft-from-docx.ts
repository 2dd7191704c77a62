import type { DocxText } from '../ooxml/docx-model';
import type { Draft } from './draft';
import { draftFromLines, OPENS, type SourceLine } from './draft-from-text';

/** A paragraph that ends inside a sentence: no full stop, colon, semicolon, "?" or "!". */
const UNENDED = /[^.:;!?…\s]\s*$/u;

/**
 * Whether a Word file has a paragraph at every line, as when a text extracted from a PDF is
 * opened in Word: among its paragraphs outside tables, at least 3 (and 1 in 20) end inside a
 * sentence that the next one carries on in lower case (not a list item "a) …"). A Word file typed as Word files are has
 * none (the project's own documents have none).
 */
export function isLineBroken(body: DocxText['body']): boolean {
  const lines = body.filter((p) => !p.inTable && p.text.trim() !== '');
  let breaks = 0;
  for (let i = 1; i < lines.length; i++) {
    const [before, after] = [lines[i - 1]!, lines[i]!];
    if (!UNENDED.test(before.text)) continue;
    // Adjacent in the file: no empty paragraph (a blank line) between them.
    if (body.indexOf(after) !== body.indexOf(before) + 1) continue;
    if (/^\s*\p{Ll}/u.test(after.text) && !OPENS.test(after.text)) breaks++;
  }
  return breaks >= 3 && breaks * 20 >= lines.length;
}

/**
 * A Word file's text (as `src/ooxml/docx-text.ts` reads it) as a draft: its paragraphs (table
 * cells included) and its footnotes, numbered as Word shows them, in the order the body first
 * calls them. It is read as a .txt is (`draftFromLines`), so that a Word file whose paragraphs
 * are lines of a PDF ("… đạt 82,16" / "điểm, …", empty paragraphs for blank lines) reads as that
 * text does; otherwise every non-empty paragraph is one, and a paragraph cut by a page break
 * ("Nghị quyết" / "số 66.7/2025/…") is joined again.
 */
export function draftFromDocx({ body, footnotes }: DocxText, file: string): Draft {
  const order = new Map<string, number>();
  for (const p of body)
    for (const m of p.text.matchAll(/\[\^(\d+)\]/g))
      if (!order.has(m[1]!) && footnotes.has(Number(m[1]))) order.set(m[1]!, order.size + 1);
  const renumber = (t: string) =>
    t
      .replace(/\[\^(\d+)\]/g, (_whole, id: string) => (order.has(id) ? `[^${order.get(id)}]` : ''))
      .replace(/\s*\n\s*/g, ' ');
  const byLine = isLineBroken(body);
  const lines: SourceLine[] = body.flatMap((p): SourceLine[] => {
    const text = renumber(p.text);
    if (p.inTable) return [{ text, inTable: true }];
    if (byLine) return [{ text }];
    return text.trim() === '' ? [] : [{ text }, { text: '' }];
  });
  // Word's own footnotes follow the body as "[^n]: …", numbered as the body calls them.
  for (const [id, n] of order)
    lines.push({ text: '' }, { text: `[^${n}]: ${renumber(footnotes.get(Number(id)) ?? '')}` });
  return draftFromLines(lines, file, { format: 'txt', textNotes: order.size === 0 });
}
