import { makeIssue, type Issue } from '../../issues/issue';
import type { Check } from '../context';
import { datesIn } from '../dates-in-text';
import { blocksOf, locate } from '../draft';

/** Dates that are not on the calendar: "ngày 0/02/2026" (seed 003), "31/4/2026", "29/02/2025". */
export const impossibleDates: Check = (draft) => {
  const issues: Issue[] = [];
  for (const block of blocksOf(draft))
    for (const d of datesIn(block.text))
      if (!d.valid)
        issues.push(
          makeIssue('AUDIT_DATE_IMPOSSIBLE', { date: d.text }, locate(draft, block, d.start)),
        );
  return issues;
};
