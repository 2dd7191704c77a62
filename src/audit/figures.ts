import type { TextBlock } from './draft';
import { numberTokens, type NumberToken } from './numbers';

/** A figure of a paragraph with the words around it and the figure it breaks down. */
export interface Figure extends NumberToken {
  readonly index: number;
  /** Parenthesis depth, 0 outside any. */
  readonly depth: number;
  /** Offset of the "(" of the innermost group around it, -1 outside any. */
  readonly group: number;
  /** Words of its clause before it (nested brackets left out): its label, usually. */
  readonly before: string;
  /** Words of its clause after its unit, up to the next figure. */
  readonly after: string;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  /** Index of the figure this one is a part of: "N (trong đó: A; B)", "N, gồm A và B". */
  parent: number | null;
}

interface Nesting {
  readonly depth: number[];
  readonly group: number[];
}

function nesting(text: string): Nesting {
  const depth: number[] = [];
  const group: number[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') open.push(i);
    depth.push(open.length);
    group.push(open[open.length - 1] ?? -1);
    if (c === ')') open.pop();
  }
  return { depth, group };
}

/** Characters of [from, to) at the given depth and group: the clause without nested brackets. */
function flat(text: string, n: Nesting, from: number, to: number, d: number, g: number): string {
  let s = '';
  for (let i = from; i < to; i++) if (n.depth[i] === d && n.group[i] === g) s += text[i];
  return s;
}

const BREAKDOWN = /^\s*[,;]?\s*(?:trong đó|gồm)\s*[:,]?/iu;
const SHORT_GAP = /^[^;.()]{0,30}$/u;

/**
 * The figures of a block with their labels and the breakdowns they belong to. A part is the
 * figure in brackets after its total ("1.008 TTHC (trong đó: 585 …; 123 …)"), after ", trong
 * đó:" or ", gồm", or in a sentence opening "Trong đó:" after a sentence ending in the total.
 */
export function figuresOf(block: TextBlock): Figure[] {
  const { text } = block;
  const n = nesting(text);
  const starts = block.sentences;
  const sentenceOf = (at: number): [number, number] => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > at) i--;
    return [starts[i]!, starts[i + 1] ?? text.length];
  };
  const tokens = numberTokens(text);
  const figures: Figure[] = tokens.map((t, index) => {
    const depth = n.depth[t.start] ?? 0;
    const group = n.group[t.start] ?? -1;
    const [s0, s1] = sentenceOf(t.start);
    const sameClause = (o: NumberToken) =>
      n.depth[o.start] === depth && n.group[o.start] === group && o.start >= s0;
    const previous = tokens.slice(0, index).reverse().find(sameClause);
    const next = tokens.slice(index + 1).find((o) => sameClause(o) && o.start < s1);
    let from = Math.max(s0, group + 1, previous ? previous.unitEnd : 0);
    const semi = text.lastIndexOf(';', t.start);
    if (semi >= from && n.depth[semi] === depth && n.group[semi] === group) from = semi + 1;
    let to = next ? next.start : s1;
    const close = group >= 0 ? text.indexOf(')', t.unitEnd) : -1;
    if (close >= 0 && close < to && n.group[close] === group) to = close;
    const semiAfter = text.indexOf(';', t.unitEnd);
    if (semiAfter >= 0 && semiAfter < to) to = semiAfter;
    return {
      ...t,
      index,
      depth,
      group,
      before: flat(text, n, from, t.start, depth, group),
      after: flat(text, n, t.unitEnd, to, depth, group),
      sentenceStart: s0,
      sentenceEnd: s1,
      parent: null,
    };
  });
  linkParts(text, figures, n);
  return figures;
}

function linkParts(text: string, figures: Figure[], n: Nesting): void {
  for (const f of figures) {
    // Inside brackets: the total stands just before the "(".
    if (f.depth > 0) {
      const outer = figures
        .filter(
          (o) =>
            o.start < f.group &&
            o.depth === f.depth - 1 &&
            o.group === (n.group[f.group - 1] ?? -1) &&
            o.sentenceStart === f.sentenceStart,
        )
        .pop();
      if (outer && outer.unit && SHORT_GAP.test(text.slice(outer.unitEnd, f.group)))
        f.parent = outer.index;
      continue;
    }
    // ", trong đó:" / ", gồm" after a total, in the same sentence.
    const lead = figures
      .filter(
        (o) =>
          o.index < f.index &&
          o.depth === 0 &&
          o.sentenceStart === f.sentenceStart &&
          BREAKDOWN.test(text.slice(o.unitEnd, o.unitEnd + 14)),
      )
      .pop();
    if (lead && lead.unit) {
      f.parent = lead.index;
      continue;
    }
    // A sentence opening "Trong đó:" after one that ends with the total.
    if (/^\s*Trong đó\s*:/u.test(text.slice(f.sentenceStart, f.start))) {
      const total = figures
        .filter((o) => o.depth === 0 && o.sentenceEnd === f.sentenceStart && o.unit)
        .pop();
      if (total && /^\s*[.:]?\s*$/u.test(text.slice(total.unitEnd, f.sentenceStart)))
        f.parent = total.index;
    }
  }
}
