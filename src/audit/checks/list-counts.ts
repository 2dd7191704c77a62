import { formatCount } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import { quote, type Check } from '../context';
import { LISTED_KINDS } from '../count-nouns';
import { locate } from '../draft';
import { escapeRegExp } from '../escape-reg-exp';
import { figures } from '../figure-cache';
import { isCount } from '../numbers';
import { lastAtOrBefore } from '../sentences';

/** How many documents of a kind a footnote cites: "Kế hoạch số 25/KH-UBND …; Kế hoạch số 26/…". */
function cited(kind: string, text: string): number {
  const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(kind)}\\s+(?:số\\s+)?\\d`, 'giu');
  return [...text.matchAll(re)].length;
}

/**
 * "ban hành 03 Kế hoạch¹": the footnote called right after a count of documents must cite that
 * many documents of that kind.
 */
export const listCounts: Check = (draft) => {
  const issues: Issue[] = [];
  const notes = new Map(draft.footnotes.map((f) => [f.number, f.text]));
  // Each footnote is counted once per kind, however many marks call it.
  const counted = new Map<string, number>();
  const citedIn = (kind: string, footnote: number, note: string) => {
    const key = `${footnote}\u0000${kind}`;
    if (!counted.has(key)) counted.set(key, cited(kind, note));
    return counted.get(key)!;
  };
  for (const block of draft.paragraphs) {
    const all = figures(block);
    const ends = all.map((x) => x.end);
    const marks = block.notes.map((o) => o.at);
    for (const mark of block.notes) {
      const note = notes.get(mark.footnote);
      // Figures and marks are in text order: the last figure before the mark, by bisection.
      const f = all[lastAtOrBefore(ends, mark.at)];
      if (!note || !f || !isCount(f) || f.depth !== 0 || !LISTED_KINDS.includes(f.unit ?? ''))
        continue;
      const gap = block.text.slice(f.unitEnd, mark.at);
      const firstAfter = lastAtOrBefore(marks, f.unitEnd - 1) + 1;
      const marksBetween = (marks[firstAfter] ?? Infinity) < mark.at;
      if (/[;.()]/.test(gap) || gap.length > 40 || marksBetween) continue;
      const listed = citedIn(f.unit!, mark.footnote, note);
      if (listed !== f.value)
        issues.push(
          makeIssue(
            'AUDIT_LIST_COUNT_MISMATCH',
            {
              excerpt: quote(block.text, f.start, mark.at),
              count: formatCount(f.value),
              kind: f.unit!,
              footnote: mark.footnote,
              listed: formatCount(listed),
            },
            locate(draft, block, f.start),
          ),
        );
    }
  }
  return issues;
};
