import { formatNumber } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import type { ReportModel } from '../../compute/report-model';
import { quote, type Check } from '../context';
import { blocksOf, locate } from '../draft';
import { figures } from '../figure-cache';
import type { Figure } from '../figures';

const isScore = (f: Figure) => f.unit === 'điểm' && !f.percent && f.style === 'vi';

/** Same figures as the data: then the difference is the data's own, reported by validate. */
function asInData(model: ReportModel | null, total: Figure, parts: readonly Figure[]): boolean {
  const p = model?.index766?.province;
  if (!p) return false;
  const sorted = (xs: number[]) => xs.map((x) => Math.round(x * 1000)).sort((a, b) => a - b);
  const same = (a: number[], b: number[]) => a.join() === b.join();
  return (
    same(sorted([total.value]), sorted([p.total])) &&
    same(
      sorted(parts.map((f) => f.value)),
      sorted(Object.values(p.scores).filter((v): v is number => v !== null)),
    )
  );
}

/**
 * "đạt 82,16 điểm (… 15,34/18 điểm, 18,95/20 điểm, …)": a total score and the group scores in the
 * brackets after it, in the same sentence. The portal rounds every figure to two decimals, so the
 * sum of n rounded parts may differ from the rounded total by up to (n + 1) × 0,005: within that
 * bound the difference is reported as a warning (it must be explained, never silently fixed,
 * REFERENCE §4); beyond it no rounding explains it, and it is an error. A part above its maximum
 * ("19/18 điểm") is an error.
 */
export const scoreSums: Check = (draft, ctx) => {
  const issues: Issue[] = [];
  for (const block of blocksOf(draft)) {
    const all = figures(block);
    for (const f of all)
      if (isScore(f) && f.over !== null && f.value > f.over)
        issues.push(
          makeIssue(
            'AUDIT_SCORE_ABOVE_MAX',
            { score: quote(block.text, f.start, f.end), max: formatNumber(f.over) },
            locate(draft, block, f.start),
          ),
        );
    for (const total of all) {
      if (!isScore(total) || total.over !== null) continue;
      const group = all.find(
        (f) =>
          f.start > total.end &&
          f.depth === total.depth + 1 &&
          f.sentenceStart === total.sentenceStart,
      )?.group;
      if (group === undefined) continue;
      const parts = all.filter((f) => f.group === group && isScore(f) && f.over !== null);
      if (parts.length < 2 || asInData(ctx.model, total, parts)) continue;
      // The portal rounds to hundredths: "15/18" is 15,00, so the bound is never wider than that.
      const decimals = Math.max(2, total.decimals, ...parts.map((p) => p.decimals));
      const unit = 10 ** decimals;
      const sumUnits = parts.reduce((s, p) => s + Math.round(p.value * unit), 0);
      const diffUnits = Math.abs(Math.round(total.value * unit) - sumUnits);
      if (diffUnits === 0) continue;
      const bound = (parts.length + 1) / 2; // in units of the last decimal
      const params = {
        total: formatNumber(total.value),
        parts: parts.map((p) => formatNumber(p.value)).join(' + '),
        sum: formatNumber(sumUnits / unit),
        difference: formatNumber(diffUnits / unit),
        bound: formatNumber(Math.floor(bound) / unit),
      };
      const code = diffUnits <= bound ? 'AUDIT_SCORE_SUM_ROUNDING' : 'AUDIT_SCORE_SUM_MISMATCH';
      issues.push(makeIssue(code, params, locate(draft, block, total.start)));
    }
  }
  return issues;
};
