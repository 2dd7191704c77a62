import { formatCount, formatNumber } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import type { Check } from '../context';
import { NOT_COUNTED_AFTER } from '../count-nouns';
import { blocksOf, locate } from '../draft';
import { escapeRegExp } from '../escape-reg-exp';
import { figures } from '../figure-cache';
import type { Figure } from '../figures';

// Words after which a small number names or ranks something, not a count: "Điều 3 Nghị định".
const NOT_A_COUNT_AFTER = new RegExp(
  `(?:${NOT_COUNTED_AFTER.map(escapeRegExp).join('|')})\\s*$`,
  'u',
);

/** The Vietnamese writing of a figure written with swapped or missing separators, or null. */
function vietnamese(f: Figure): string | null {
  const counted = f.unit !== null && f.unit !== 'điểm';
  if (f.style === 'vi') {
    // "176,319 hồ sơ": a count cannot have three decimals; the comma was meant for thousands.
    if (counted && f.decimals === 3) return formatNumber(Number(f.digits.replace(',', '')));
    return null;
  }
  if (!Number.isFinite(f.value) || (!counted && !f.percent && f.unit !== 'điểm')) return null;
  if (f.style === 'ungrouped' && !counted) return null;
  return formatNumber(f.value, { decimals: f.decimals });
}

/**
 * How figures are written (REFERENCE §6): counts below 10 take a leading zero ("03 Kế hoạch"),
 * thousands take ".", decimals ",". Only figures with a counted noun, a "%" or "điểm" after them
 * are judged, so years, article numbers and addresses are left alone.
 */
export const numberStyle: Check = (draft) => {
  const issues: Issue[] = [];
  for (const block of blocksOf(draft))
    for (const f of figures(block)) {
      const written = block.text.slice(f.start, f.unitEnd);
      const at = locate(draft, block, f.start);
      const expected = vietnamese(f);
      if (expected) {
        issues.push(
          makeIssue(
            'AUDIT_SEPARATOR',
            { found: written, expected: written.replace(f.digits, expected) },
            at,
          ),
        );
        continue;
      }
      const small = f.style === 'vi' && f.decimals === 0 && /^[1-9]$/.test(f.digits);
      if (!small || !f.unit || f.unit === 'điểm' || f.percent || f.over !== null) continue;
      if (NOT_A_COUNT_AFTER.test(block.text.slice(Math.max(0, f.start - 12), f.start))) continue;
      if (block.text[f.start - 1] === '/') continue;
      issues.push(
        makeIssue(
          'AUDIT_LEADING_ZERO',
          { found: written, expected: written.replace(f.digits, formatCount(f.value)) },
          at,
        ),
      );
    }
  return issues;
};
