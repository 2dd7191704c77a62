import type { TextBlock } from './draft';
import { numberTokens, type NumberToken } from './numbers';
import { sentenceAround } from './sentences';

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
  /**
   * How the parts of this figure, when it has some, are announced: 'all' by "gồm" or a colon
   * ("trong đó: A; B", "(trực tuyến: A; trực tiếp: B)"), which lists every part; 'some' by a
   * bare "trong đó" ("1.250 hồ sơ (trong đó 300 hồ sơ trực tuyến, 20 hồ sơ bổ sung)"), which
   * may name only some of them.
   */
  parts: 'all' | 'some' | null;
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

/** How the words of a lead announce parts: all of them ("gồm", a colon), some, or none. */
function announced(lead: string): Figure['parts'] {
  if (/gồm|:/iu.test(lead)) return 'all';
  return /trong đó/iu.test(lead) ? 'some' : null;
}

/** The words opening ", trong đó: …" / ", gồm …" right after a figure, if any. */
const leadAfter = (text: string, f: Figure) =>
  BREAKDOWN.exec(text.slice(f.unitEnd, f.unitEnd + 14))?.[0] ?? null;

/**
 * The figures of a block with their labels and the breakdowns they belong to. A part is the
 * figure in brackets after its total ("1.008 TTHC (trong đó: 585 …; 123 …)"), after ", trong
 * đó:" or ", gồm", or in a sentence opening "Trong đó:" after a sentence ending in the total.
 */
export function figuresOf(block: TextBlock): Figure[] {
  const { text } = block;
  const n = nesting(text);
  const tokens = numberTokens(text);
  const figures: Figure[] = tokens.map((t, index) => {
    const depth = n.depth[t.start] ?? 0;
    const group = n.group[t.start] ?? -1;
    const [s0, s1] = sentenceAround(text, block.sentences, t.start);
    const sameClause = (o: NumberToken) =>
      n.depth[o.start] === depth && n.group[o.start] === group && o.start >= s0;
    const previous = tokens.slice(0, index).reverse().find(sameClause);
    const next = tokens.slice(index + 1).find((o) => sameClause(o) && o.start < s1);
    let from = Math.max(s0, group + 1, previous ? previous.unitEnd : 0);
    const semi = text.lastIndexOf(';', t.start);
    if (semi >= from && n.depth[semi] === depth && n.group[semi] === group) from = semi + 1;
    // "1.150 hồ sơ đúng hạn, 50 hồ sơ quá hạn": in a list of counts of one noun, the words after
    // the previous count up to a comma are its label, not this one's. ("03 Quyết định công bố
    // TTHC nội bộ, với 24 TTHC" names what the 24 TTHC are.)
    const comma = previous ? text.indexOf(',', previous.unitEnd) : -1;
    if (
      previous?.unit &&
      previous.unit === t.unit &&
      comma >= from &&
      comma < t.start &&
      n.depth[comma] === depth &&
      n.group[comma] === group &&
      /\p{L}/u.test(text.slice(previous.unitEnd, comma))
    )
      from = comma + 1;
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
      parts: null,
    };
  });
  linkParts(text, figures, n);
  return figures;
}

function linkParts(text: string, figures: Figure[], n: Nesting): void {
  for (const f of figures) {
    // Inside brackets: the total stands just before the "(", and the bracket says it breaks the
    // total down ("(trong đó: …)", "(trực tuyến: …)"); "(tăng 1.250 hồ sơ so với quý trước)" does not.
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
      const first = figures.find((o) => o.group === f.group)!;
      const parts = announced(text.slice(f.group + 1, first.start));
      if (outer && outer.unit && parts && SHORT_GAP.test(text.slice(outer.unitEnd, f.group))) {
        f.parent = outer.index;
        outer.parts = parts;
      }
      continue;
    }
    // ", trong đó:" / ", gồm" after a total, in the same sentence. A figure opening a breakdown
    // of its own ("…; đã giải quyết 1.200 hồ sơ, trong đó: …") starts a new one.
    if (leadAfter(text, f)) continue;
    const lead = figures
      .filter(
        (o) =>
          o.index < f.index &&
          o.depth === 0 &&
          o.sentenceStart === f.sentenceStart &&
          leadAfter(text, o) !== null,
      )
      .pop();
    if (lead && lead.unit) {
      f.parent = lead.index;
      lead.parts = announced(leadAfter(text, lead)!);
      continue;
    }
    // A sentence opening "Trong đó:" after one that ends with the total.
    if (/^\s*Trong đó\s*:/u.test(text.slice(f.sentenceStart, f.start))) {
      const total = figures
        .filter((o) => o.depth === 0 && o.sentenceEnd === f.sentenceStart && o.unit)
        .pop();
      if (total && /^\s*[.:]?\s*$/u.test(text.slice(total.unitEnd, f.sentenceStart))) {
        f.parent = total.index;
        total.parts = 'all';
      }
    }
  }
}
