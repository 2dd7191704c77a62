import { makeIssue, type Issue } from '../../issues/issue';
import type { Check } from '../context';
import { blocksOf, locate } from '../draft';
import { KNOWN_GARBLES } from '../known-garbles';

/** Known slips of typing (src/audit/known-garbles.ts): "PANK" for PAKN, "Công dịch vụ công". */
export const garbledWords: Check = (draft) => {
  const issues: Issue[] = [];
  for (const block of blocksOf(draft))
    for (const { wrong, fix } of KNOWN_GARBLES)
      for (const m of block.text.matchAll(wrong)) {
        issues.push(
          makeIssue(
            'AUDIT_WORD_GARBLED',
            { found: m[0], expected: fix(m[0]) },
            locate(draft, block, m.index),
          ),
        );
      }
  return issues;
};
