import { formatCount } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import { quote, type Check } from '../context';
import { locate } from '../draft';
import { figures } from '../figure-cache';
import { isCount } from '../numbers';
import { marker } from './breakdown-sums';

/** After the counted noun, up to three words and the colon that opens the list. */
const LEAD_END = /^(?:\s+[\p{L}\p{M}]+){0,3}\s*:\s*$/u;

/**
 * "- 03 phòng chuyên môn:" over the "+ Phòng …" paragraphs that follow (seed 003): a count that
 * announces a list must be the number of its items. Items are the paragraphs right after, opened
 * by one list mark, another than the count's own; a list whose items carry counts is
 * a breakdown, checked as a sum (breakdown-sums.ts), not here.
 */
export const listItems: Check = (draft) => {
  const issues: Issue[] = [];
  const ps = draft.paragraphs;
  ps.forEach((lead, i) => {
    const top = figures(lead).filter((f) => f.depth === 0);
    const count = top[top.length - 1];
    if (!count || !isCount(count) || !count.unit || !LEAD_END.test(lead.text.slice(count.unitEnd)))
      return;
    let items = 0;
    const mark = marker(ps[i + 1]?.text ?? '');
    for (let k = i + 1; k < ps.length; k++) {
      const m = marker(ps[k]!.text);
      // The items share one mark: a "* Biên chế …" after "+ Phòng …" items is no item.
      if (!m || m !== mark || m === marker(lead.text) || ps[k]!.inTable) break;
      if (figures(ps[k]!).some((f) => f.depth === 0 && isCount(f))) return;
      items++;
    }
    if (items === 0 || items === count.value) return;
    issues.push(
      makeIssue(
        'AUDIT_LIST_ITEMS_MISMATCH',
        {
          excerpt: quote(lead.text, count.start, lead.text.length),
          count: formatCount(count.value),
          items: formatCount(items),
        },
        locate(draft, lead, count.start),
      ),
    );
  });
  return issues;
};
