import { formatNumber } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import type { Check } from '../context';
import { blocksOf, locate } from '../draft';
import { figures } from '../figure-cache';
import type { Figure } from '../figures';

// "66/66 (đạt 100%)", "66/66, đạt 100%", "164.492/167.004 hồ sơ (đạt 98,50%)", "đạt 98,50%
// (164.492/167.004 hồ sơ)".
const FRACTION_THEN_PERCENT = /^\s*(?:\(\s*|,\s*)(?:(?:đạt|chiếm|bằng)\s+)?(?:tỷ lệ\s+)?$/u;
const PERCENT_THEN_FRACTION = /^\s*\(\s*$/u;

const isFraction = (f: Figure) =>
  f.over !== null && f.over > 0 && f.unit !== 'điểm' && f.style === 'vi' && f.decimals === 0;

/**
 * A percentage written beside the fraction it comes from must follow from it, to the decimals it
 * is written with: "66/66 (đạt 100%)", "17/18 (94,44%)".
 */
export const percentages: Check = (draft) => {
  const issues: Issue[] = [];
  for (const block of blocksOf(draft)) {
    const all = figures(block);
    all.forEach((f, i) => {
      const next = all[i + 1];
      if (!next) return;
      // After a fraction, its counted noun ("hồ sơ") may come before the percentage.
      const between = block.text.slice(f.end, next.start);
      const afterNoun = block.text.slice(f.unitEnd, next.start);
      let fraction: Figure | undefined;
      let percent: Figure | undefined;
      if (isFraction(f) && next.percent && FRACTION_THEN_PERCENT.test(afterNoun))
        [fraction, percent] = [f, next];
      else if (f.percent && isFraction(next) && PERCENT_THEN_FRACTION.test(between))
        [fraction, percent] = [next, f];
      if (!fraction || !percent || percent.style !== 'vi') return;
      const exact = (fraction.value / fraction.over!) * 100;
      if (Math.abs(exact - percent.value) <= 0.5 * 10 ** -percent.decimals + 1e-9) return;
      issues.push(
        makeIssue(
          'AUDIT_PERCENT_MISMATCH',
          {
            fraction: block.text.slice(fraction.start, fraction.end),
            expected: formatNumber(exact, { decimals: Math.max(percent.decimals, 2) }),
            found: formatNumber(percent.value, { decimals: percent.decimals }),
          },
          locate(draft, block, f.start),
        ),
      );
    });
  }
  return issues;
};
