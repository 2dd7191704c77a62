import { formatCount } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import { quote, type Check } from '../context';
import { LISTED_KINDS } from '../count-nouns';
import { locate } from '../draft';
import { escapeRegExp } from '../escape-reg-exp';
import { figures } from '../figure-cache';
import { isCount } from '../numbers';

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
  for (const block of draft.paragraphs) {
    const all = figures(block);
    for (const mark of block.notes) {
      const note = notes.get(mark.footnote);
      const f = all.filter((x) => x.end <= mark.at).pop();
      if (!note || !f || !isCount(f) || f.depth !== 0 || !LISTED_KINDS.includes(f.unit ?? ''))
        continue;
      const gap = block.text.slice(f.unitEnd, mark.at);
      const marksBetween = block.notes.some((o) => o.at >= f.unitEnd && o.at < mark.at);
      if (/[;.()]/.test(gap) || gap.length > 40 || marksBetween) continue;
      const listed = cited(f.unit!, note);
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
