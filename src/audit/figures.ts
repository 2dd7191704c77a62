import type { TextBlock } from './draft';
import { numberTokens, type NumberToken } from './numbers';
import { lastAtOrBefore, sentenceAround } from './sentences';

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
  readonly depth: Int32Array;
  readonly group: Int32Array;
}

const OPEN = 40; // "("
const CLOSE = 41; // ")"

/**
 * Bracket depth and innermost "(" of every character (typed arrays: a paragraph may be long).
 * By character code, not `text[i]`: a one-character string of a Vietnamese letter is a new
 * object each time, and every paragraph of a report and of its read-back goes through here.
 * Most have no bracket at all: depth 0 and no group throughout.
 */
function nesting(text: string): Nesting {
  const depth = new Int32Array(text.length);
  const group = new Int32Array(text.length).fill(-1);
  if (!text.includes('(')) return { depth, group };
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN) open.push(i);
    depth[i] = open.length;
    group[i] = open.length > 0 ? open[open.length - 1]! : -1;
    if (c === CLOSE) open.pop();
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

/** Sorted offsets of one character in a text, for "the next ';' after" in logarithmic time. */
function offsetsOf(text: string, c: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) out.push(i);
  return out;
}

/** The first of sorted `offsets` at or after `at`, or -1 (as text.indexOf(c, at)). */
function nextOf(offsets: readonly number[], at: number): number {
  const i = lastAtOrBefore(offsets, at - 1) + 1;
  return offsets[i] ?? -1;
}

/** The last of sorted `offsets` at or before `at`, or -1 (as text.lastIndexOf(c, at)). */
function previousOf(offsets: readonly number[], at: number): number {
  return offsets[lastAtOrBefore(offsets, at)] ?? -1;
}

/**
 * Characters of a figure's clause read for its label, on each side: a label is a few words
 * (the longest of the four seed documents, 320).
 * Without a bound, a list of 30,000 figures nested in brackets would read its text 30,000 times.
 */
const LABEL_REACH = 1000;

/** Figures of one clause (one depth and bracket group), in order. */
type Clauses = Map<string, number[]>;
const clauseKey = (depth: number, group: number) => `${depth}:${group}`;

/**
 * The figures of a block with their labels and the breakdowns they belong to. A part is the
 * figure in brackets after its total ("1.008 TTHC (trong đó: 585 …; 123 …)"), after ", trong
 * đó:" or ", gồm", or in a sentence opening "Trong đó:" after a sentence ending in the total.
 * Linear in the length of the block, up to logarithms: every lookup of "the figure before" or
 * "the next ';'" goes through an index.
 */
export function figuresOf(block: TextBlock): Figure[] {
  const { text } = block;
  const n = nesting(text);
  const tokens = numberTokens(text);
  const semicolons = offsetsOf(text, ';');
  const commas = offsetsOf(text, ',');
  const closes = offsetsOf(text, ')');
  const clauses: Clauses = new Map();
  const place = tokens.map((t, index) => {
    const key = clauseKey(n.depth[t.start] ?? 0, n.group[t.start] ?? -1);
    const list = clauses.get(key) ?? [];
    if (list.length === 0) clauses.set(key, list);
    list.push(index);
    return { key, at: list.length - 1 };
  });
  const figures: Figure[] = tokens.map((t, index) => {
    const depth = n.depth[t.start] ?? 0;
    const group = n.group[t.start] ?? -1;
    const [s0, s1] = sentenceAround(text, block.sentences, t.start);
    // The figures before and after it in its clause (same depth and bracket, same sentence).
    const clause = clauses.get(place[index]!.key)!;
    const before = tokens[clause[place[index]!.at - 1] ?? -1];
    const after = tokens[clause[place[index]!.at + 1] ?? -1];
    const previous = before && before.start >= s0 ? before : undefined;
    const next = after && after.start < s1 ? after : undefined;
    let from = Math.max(s0, group + 1, previous ? previous.unitEnd : 0);
    const semi = previousOf(semicolons, t.start);
    if (semi >= from && n.depth[semi] === depth && n.group[semi] === group) from = semi + 1;
    // "1.150 hồ sơ đúng hạn, 50 hồ sơ quá hạn": in a list of counts of one noun, the words after
    // the previous count up to a comma are its label, not this one's. ("03 Quyết định công bố
    // TTHC nội bộ, với 24 TTHC" names what the 24 TTHC are.)
    const comma = previous ? nextOf(commas, previous.unitEnd) : -1;
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
    const close = group >= 0 ? nextOf(closes, t.unitEnd) : -1;
    if (close >= 0 && close < to && n.group[close] === group) to = close;
    const semiAfter = nextOf(semicolons, t.unitEnd);
    if (semiAfter >= 0 && semiAfter < to) to = semiAfter;
    return {
      ...t,
      index,
      depth,
      group,
      before: flat(text, n, Math.max(from, t.start - LABEL_REACH), t.start, depth, group),
      after: flat(text, n, t.unitEnd, Math.min(to, t.unitEnd + LABEL_REACH), depth, group),
      sentenceStart: s0,
      sentenceEnd: s1,
      parent: null,
      parts: null,
    };
  });
  linkParts(text, figures, n, clauses);
  return figures;
}

/** The last figure of a clause that starts before `at`, from its sorted list. */
function lastBefore(figures: readonly Figure[], list: readonly number[] | undefined, at: number) {
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length - 1;
  let found: Figure | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = figures[list[mid]!]!;
    if (f.start < at) {
      found = f;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function linkParts(text: string, figures: Figure[], n: Nesting, clauses: Clauses): void {
  // How the words after each "(" announce its parts, read once per bracket.
  const announcedIn = new Map<number, Figure['parts']>();
  // Per sentence: the last figure at depth 0 followed by ", trong đó:" / ", gồm" so far.
  const leads = new Map<number, Figure>();
  // Per sentence end: the last figure at depth 0 with a unit (a total ending the sentence).
  const totalsEnding = new Map<number, Figure>();
  for (const f of figures) if (f.depth === 0 && f.unit) totalsEnding.set(f.sentenceEnd, f);
  for (const f of figures) {
    // Inside brackets: the total stands just before the "(", and the bracket says it breaks the
    // total down ("(trong đó: …)", "(trực tuyến: …)"); "(tăng 1.250 hồ sơ so với quý trước)" does not.
    if (f.depth > 0) {
      const outerGroup = n.group[f.group - 1] ?? -1;
      const candidate = lastBefore(
        figures,
        clauses.get(clauseKey(f.depth - 1, outerGroup)),
        f.group,
      );
      const outer =
        candidate && candidate.sentenceStart === f.sentenceStart ? candidate : undefined;
      if (!announcedIn.has(f.group)) {
        const first = figures[clauses.get(clauseKey(f.depth, f.group))![0]!]!;
        announcedIn.set(f.group, announced(text.slice(f.group + 1, first.start)));
      }
      const parts = announcedIn.get(f.group)!;
      if (outer && outer.unit && parts && SHORT_GAP.test(text.slice(outer.unitEnd, f.group))) {
        f.parent = outer.index;
        outer.parts = parts;
      }
      continue;
    }
    // ", trong đó:" / ", gồm" after a total, in the same sentence. A figure opening a breakdown
    // of its own ("…; đã giải quyết 1.200 hồ sơ, trong đó: …") starts a new one.
    if (leadAfter(text, f)) {
      leads.set(f.sentenceStart, f);
      continue;
    }
    const lead = leads.get(f.sentenceStart);
    if (lead && lead.unit) {
      f.parent = lead.index;
      lead.parts = announced(leadAfter(text, lead)!);
      continue;
    }
    // A sentence opening "Trong đó:" after one that ends with the total.
    if (/^\s*Trong đó\s*:/u.test(text.slice(f.sentenceStart, f.start))) {
      const total = totalsEnding.get(f.sentenceStart);
      if (total && /^\s*[.:]?\s*$/u.test(text.slice(total.unitEnd, f.sentenceStart))) {
        f.parent = total.index;
        total.parts = 'all';
      }
    }
  }
}
