import { formatNumber } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import { quote, type Check } from '../context';
import { PERSON_NOUNS } from '../count-nouns';
import { blocksOf, locate, type Draft, type TextBlock } from '../draft';
import { figures } from '../figure-cache';
import type { Figure } from '../figures';
import { isCount } from '../numbers';

const fitsUnder = (total: Figure, part: Figure) =>
  part.unit === total.unit || (total.unit === 'người' && PERSON_NOUNS.includes(part.unit ?? ''));

/** "N (trong đó: A; B); C": the count right after the brackets may complete the parts. */
function after(all: readonly Figure[], total: Figure, parts: readonly Figure[]): Figure | null {
  const lastPart = parts[parts.length - 1];
  if (!lastPart || lastPart.depth === total.depth) return null;
  // Figures are in text order: the first one after the last part, walked from there.
  let next: Figure | undefined;
  for (let i = lastPart.index + 1; i < all.length; i++) {
    const f = all[i]!;
    if (f.sentenceStart !== total.sentenceStart) break;
    if (f.start > lastPart.end && f.depth === total.depth && f.group === total.group) {
      next = f;
      break;
    }
  }
  // A count with its own breakdown ("; số hồ sơ đang giải quyết: 5.032 hồ sơ (trong hạn: …)")
  // is a total of its own, not the missing part.
  const own = next?.parts !== null;
  return next && next.parent === null && !own && isCount(next) && next.unit === total.unit
    ? next
    : null;
}

/** The finding of a total that is not the sum of its parts, or none. */
function compare(
  draft: Draft,
  block: TextBlock,
  total: Figure,
  parts: readonly Figure[],
  excerptEnd: number,
): Issue[] {
  const sum = parts.reduce((s, p) => s + p.value, 0);
  if (sum === total.value) return [];
  const params = {
    excerpt: quote(block.text, total.start, excerptEnd),
    total: formatNumber(total.value),
    unit: total.unit ?? '',
    parts: parts.map((p) => formatNumber(p.value)).join(' + '),
    sum: formatNumber(sum),
  };
  return [makeIssue('AUDIT_SUM_MISMATCH', params, locate(draft, block, total.start))];
}

const LIST_LEAD = /^\s*[,;]?\s*(?:trong đó|gồm)\s*:$/iu;
/** The list mark a paragraph opens with ("-", "+", "*", "•"), or "". */
export const marker = (t: string) => /^\s*(?:[-+*•]\s*)*/u.exec(t)![0].trim().slice(-1);

/**
 * The figures of the first sentence of a paragraph, outside brackets and not parts of another
 * figure there ("…: 48.193 hồ sơ (trả trước hạn: …)"): the parts it lists.
 */
const firstSentenceCounts = (p: TextBlock): Figure[] =>
  figures(p).filter((f) => f.depth === 0 && f.parent === null && f.sentenceStart === 0);

/** Opens a paragraph that lists the parts of the total ending the paragraph before. */
const OPENS_PARTS = /^\s*(?:[-+*•]\s*)?(?:Trong đó|Bao gồm|Gồm)\s*(:)?/iu;

/**
 * A total at the end of one paragraph and its parts in the next ones:
 * - "…: 2.148 TTHC; trong đó:" over the "+ …" paragraphs that follow (one count each);
 * - "…: 176.319 hồ sơ, trong đó:" over one paragraph without a list mark that holds the parts
 *   ("trực tuyến: 148.977 hồ sơ; trực tiếp: 15.175 hồ sơ; …");
 * - "…: 176.319 hồ sơ." and a next paragraph opening "Trong đó: A …; B …", as "N hồ sơ. Trong
 *   đó: A; B" inside one paragraph (a bare "Trong đó" may name some parts only: reported only
 *   when they add up to more).
 * A paragraph whose parts are not all counts of the total's noun is left unchecked.
 */
export function paragraphBreakdowns(draft: Draft): Breakdown[] {
  const ps = draft.paragraphs;
  return ps.flatMap((lead, i): Breakdown[] => {
    const top = figures(lead).filter((f) => f.depth === 0);
    const total = top[top.length - 1];
    const next = ps[i + 1];
    if (!total || !isCount(total) || !next) return [];
    const tail = lead.text.slice(total.unitEnd);
    if (LIST_LEAD.test(tail)) {
      if (!marker(next.text)) {
        // The parts in one paragraph: at least two, each a count of the total's noun.
        const parts = firstSentenceCounts(next);
        if (parts.length < 2 || parts.some((p) => !isCount(p) || !fitsUnder(total, p))) return [];
        return [{ lead, total, parts }];
      }
      const items: TextBlock[] = [];
      // Walked in place, not copied: a draft of 20,000 such paragraphs stays linear.
      for (let k = i + 1; k < ps.length; k++) {
        const p = ps[k]!;
        const m = marker(p.text);
        if (!m || m === marker(lead.text)) break;
        items.push(p);
      }
      const parts = items.map((p) => figures(p).find((f) => f.depth === 0 && isCount(f)));
      if (items.length === 0 || parts.some((p) => !p || p.unit !== total.unit)) return [];
      // One part under "trong đó:" is a breakdown with its other parts lost ("2.148 TTHC; trong
      // đó:" over one "+ … 2.138 TTHC"): it must then be the whole, and is reported when not.
      return [{ lead, total, parts: parts as Figure[] }];
    }
    // "…: 176.319 hồ sơ." ending the paragraph, "Trong đó: …" opening the next.
    const opens = OPENS_PARTS.exec(next.text);
    if (!/^\s*[.:]?\s*$/u.test(tail) || !opens) return [];
    const parts = firstSentenceCounts(next);
    if (parts.length < 2 || parts.some((p) => !isCount(p) || !fitsUnder(total, p))) return [];
    const sum = parts.reduce((s, p) => s + p.value, 0);
    const some = /^\s*(?:[-+*•]\s*)?Trong đó/iu.test(next.text) && !opens[1];
    if (some && sum <= total.value) return [];
    return [{ lead, total, parts }];
  });
}

/** A total of one paragraph broken down in the paragraphs after it. */
export interface Breakdown {
  readonly lead: TextBlock;
  readonly total: Figure;
  readonly parts: readonly Figure[];
}

/**
 * Totals and their parts inside the text: "N (trong đó: A; B); C", "N người, trong đó: A; B và
 * C", "N hồ sơ. Trong đó: A (…); B (…)", and a total over the "+" paragraphs that follow it.
 * Counts only; a part that is not a count (a percentage, a score) leaves the total unchecked.
 * Parts after a bare "trong đó" (no colon, no "gồm") may be only some of them, so they are
 * reported only when they add up to more than the total.
 */
export const breakdownSums: Check = (draft) => {
  const issues: Issue[] = [];
  for (const block of blocksOf(draft)) {
    const all = figures(block);
    // The parts of each total, gathered once (not searched for each of 30,000 figures).
    const partsOf = new Map<number, Figure[]>();
    for (const f of all) {
      if (f.parent === null) continue;
      const list = partsOf.get(f.parent);
      if (list) list.push(f);
      else partsOf.set(f.parent, [f]);
    }
    for (const total of all) {
      const parts = partsOf.get(total.index) ?? [];
      if (parts.length < 2 || !isCount(total)) continue;
      if (!parts.every((p) => isCount(p) && fitsUnder(total, p))) continue;
      const sum = parts.reduce((s, p) => s + p.value, 0);
      // A bare "trong đó" may name some of the parts only: then they may add up to less.
      if (total.parts === 'some' && sum <= total.value) continue;
      const extra = after(all, total, parts);
      const used = extra && sum !== total.value ? [...parts, extra] : parts;
      issues.push(...compare(draft, block, total, used, used[used.length - 1]!.unitEnd));
    }
  }
  for (const { lead, total, parts } of paragraphBreakdowns(draft))
    issues.push(...compare(draft, lead, total, parts, total.unitEnd));
  return issues;
};
