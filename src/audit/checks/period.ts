import { periodBounds } from '../../domain/period';
import {
  compareCivilDate,
  formatDateNumeric,
  formatPeriodTitle,
  parseCivilDate,
  type Period,
} from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import type { Check } from '../context';
import { blocksOf, locate, type Draft, type TextBlock } from '../draft';

const QUARTERS = { I: 1, II: 2, III: 3, IV: 4 } as const;
const TITLE =
  /Quý\s+(IV|III|II|I)\s+năm\s+(\d{4})|6\s+tháng\s+đầu\s+năm\s+(\d{4})|9\s+tháng\s+(?:đầu\s+)?năm\s+(\d{4})/iu;
const RANGE = /từ ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})\s+đến ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})/giu;

/** "Quý I năm 2026", "6 tháng đầu năm 2026", "9 tháng năm 2026" as a period. */
function periodOf(m: RegExpExecArray): Period {
  if (m[1]) {
    const quarter = QUARTERS[m[1].toUpperCase() as keyof typeof QUARTERS];
    return { year: Number(m[2]), kind: 'quarter', quarter };
  }
  if (m[3]) return { year: Number(m[3]), kind: 'half' };
  return { year: Number(m[4]), kind: 'nine-months' };
}

/** The period a report's title names: the summary line under "BÁO CÁO" (REFERENCE §2). */
export function titlePeriod(draft: Draft): { period: Period; block: TextBlock } | null {
  const i = draft.paragraphs.findIndex((p) => p.text.trim().toUpperCase() === 'BÁO CÁO');
  const summary = i >= 0 ? draft.paragraphs[i + 1] : undefined;
  if (!summary) return null;
  const m = TITLE.exec(summary.text);
  if (m) return { period: periodOf(m), block: summary };
  const year = /năm\s+(\d{4})/u.exec(summary.text);
  return year ? { period: { year: Number(year[1]), kind: 'year' }, block: summary } : null;
}

/**
 * "từ ngày … đến ngày …" must be the statistics window of REFERENCE §2 for the period named just
 * before it ("Quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026)"); elsewhere, a range that
 * shares one end with the window of the document's period (from its title) must share both.
 * With --data, the title's period must be the dataset's.
 */
export const periodStatements: Check = (draft, ctx) => {
  const issues: Issue[] = [];
  const title = titlePeriod(draft);
  const model = ctx.model;
  if (title && model && model.period.title !== formatPeriodTitle(title.period))
    issues.push(
      makeIssue(
        'AUDIT_TITLE_PERIOD_MISMATCH',
        { title: formatPeriodTitle(title.period), data: model.period.title },
        locate(draft, title.block, 0),
      ),
    );
  for (const block of blocksOf(draft))
    for (const m of block.text.matchAll(RANGE)) {
      const from = parseCivilDate(m[1]!);
      const to = parseCivilDate(m[2]!);
      if (!from || !to) continue;
      const named = new RegExp(`(?:${TITLE.source})\\s*\\(\\s*$`, 'iu').exec(
        block.text.slice(Math.max(0, m.index - 30), m.index),
      );
      const period = named ? periodOf(named) : title?.period;
      if (!period) continue;
      const w = periodBounds(period);
      const fromOk = compareCivilDate(from, w.from) === 0;
      const toOk = compareCivilDate(to, w.to) === 0;
      if ((fromOk && toOk) || (!named && !fromOk && !toOk)) continue;
      issues.push(
        makeIssue(
          'AUDIT_PERIOD_MISMATCH',
          {
            range: m[0],
            period: formatPeriodTitle(period),
            from: formatDateNumeric(w.from),
            to: formatDateNumeric(w.to),
          },
          locate(draft, block, m.index),
        ),
      );
    }
  return issues;
};
