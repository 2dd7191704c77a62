import Handlebars from 'handlebars';
import type { ContentLine } from '../../contract/content-sections';
import type { ResolvedLine, Segment } from './segments';

// Characters no typed text holds (the readers drop control characters): a placeholder's mark.
const OPEN = '\u0001';
const CLOSE = '\u0002';
const MARKED = new RegExp(`${OPEN}([^${OPEN}${CLOSE}]+)${CLOSE}`, 'gu');

function segmentsOf(text: string, refs: ReadonlySet<string>): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKED)) {
    if (!refs.has(m[1]!)) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ ref: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/**
 * Resolves the {{…}} of checked lines (see validate/content/check-placeholders): conditions
 * ({{#if co_pakn}}) decided on the data, each value placeholder kept as a reference to the
 * catalogue, for render and verify to write the same way. Lines without "{{" are one segment.
 */
export function resolveLines(
  lines: readonly ContentLine[],
  refs: ReadonlySet<string>,
  conditions: Readonly<Record<string, boolean>>,
): ResolvedLine[] {
  const values: Record<string, unknown> = { ...conditions };
  for (const r of refs) values[r] = `${OPEN}${r}${CLOSE}`;
  return lines.map(({ text, line }) => {
    if (!text.includes('{{')) return { line, segments: [{ text }] };
    const render = Handlebars.compile(text, {
      noEscape: true,
      strict: true,
      knownHelpersOnly: true,
    });
    return { line, segments: segmentsOf(render(values), refs) };
  });
}
