import type { DocxText } from '../ooxml/docx-model';
import { makeBlock, type Draft } from './draft';

/**
 * A Word file's text (as `src/ooxml/docx-text.ts` reads it) as a draft: its non-empty paragraphs
 * (table cells included) and its footnotes, numbered as Word shows them, in the order the body
 * first calls them.
 */
export function draftFromDocx({ body, footnotes }: DocxText, file: string): Draft {
  const order = new Map<string, number>();
  for (const p of body)
    for (const m of p.text.matchAll(/\[\^(\d+)\]/g))
      if (!order.has(m[1]!) && footnotes.has(Number(m[1]))) order.set(m[1]!, order.size + 1);
  const renumber = (t: string) =>
    t.replace(/\[\^(\d+)\]/g, (_whole, id: string) => (order.has(id) ? `[^${order.get(id)}]` : ''));
  const paragraphs = body
    .map((p) => ({ text: renumber(p.text), inTable: p.inTable }))
    .filter((p) => p.text.trim() !== '')
    .map((p, i) => ({ ...makeBlock('paragraph', i + 1, p.text), inTable: p.inTable }));
  const notes = [...order].map(([id, n]) =>
    makeBlock('footnote', n, renumber(footnotes.get(Number(id)) ?? '')),
  );
  return { file, paragraphs, footnotes: notes };
}
