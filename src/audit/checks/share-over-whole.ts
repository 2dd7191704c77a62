import { formatNumber } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import { quote, type Check } from '../context';
import { COUNT_NOUNS } from '../count-nouns';
import { blocksOf, locate } from '../draft';
import { escapeRegExp } from '../escape-reg-exp';
import { figures } from '../figure-cache';

// A percentage right before what it is a share of: "100% các TTHC", "94,44% PAKN", "100% hồ sơ".
// The nouns as written ("105% kế hoạch" is a plan exceeded, not a share of the Kế hoạch).
const SHARE_OF = new RegExp(
  `^\\s*(?:[Cc]ác\\s|(?:${COUNT_NOUNS.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}]))`,
  'u',
);

/**
 * A share of a whole cannot exceed it: "101% các TTHC", "110% PAKN đã xử lý". Only a percentage
 * followed by what it counts is a share; "tăng 120% so với cùng kỳ" or "đạt 105% kế hoạch" may
 * well pass 100 and are left alone.
 */
export const shareOverWhole: Check = (draft) => {
  const issues: Issue[] = [];
  for (const block of blocksOf(draft))
    for (const f of figures(block)) {
      if (!f.percent || f.style === 'foreign' || f.value <= 100) continue;
      const after = block.text.slice(f.end, f.end + 60);
      const share = SHARE_OF.exec(after);
      if (!share) continue;
      // What it is a share of, in a few words: "các TTHC được cập nhật", "hồ sơ được số hóa".
      const count = /các\s$/iu.test(share[0]) ? 4 : 3;
      const words = after.slice(share[0].length).split(/\s+/u).slice(0, count).join(' ');
      issues.push(
        makeIssue(
          'AUDIT_PERCENT_OVER_WHOLE',
          {
            excerpt: quote(
              `${block.text.slice(f.start, f.end + share[0].length)}${words}`,
              0,
              Infinity,
            ),
            found: `${formatNumber(f.value, { decimals: f.decimals })}%`,
          },
          locate(draft, block, f.start),
        ),
      );
    }
  return issues;
};
