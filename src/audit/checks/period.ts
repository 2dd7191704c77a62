import { periodBounds } from '../../domain/period';
import {
  compareCivilDate,
  formatDateNumeric,
  formatPeriodTitle,
  parseCivilDate,
} from '../../format';
import type { Period } from '../../format/calendar-types';
import { makeIssue, type Issue } from '../../issues/issue';
import type { Check } from '../context';
import { blocksOf, locate, type Draft, type TextBlock } from '../draft';
import { PERIOD_TITLE, periodOf } from '../period-titles';

// Words that make a range the period's own: "Số liệu tính từ ngày …", "kỳ báo cáo: từ ngày …".
const CLAIMED = /(?:kỳ báo cáo|số liệu)(?:\s+(?:được\s+)?(?:tính|lấy|chốt))?\s*(?:là|:)?\s*$/iu;
const RANGE = /từ ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})\s+đến ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})/giu;

/** The period a report's title names: the summary line under "BÁO CÁO" (REFERENCE §2). */
export function titlePeriod(draft: Draft): { period: Period; block: TextBlock } | null {
  const i = draft.paragraphs.findIndex((p) => p.text.trim().toUpperCase() === 'BÁO CÁO');
  const summary = i >= 0 ? draft.paragraphs[i + 1] : undefined;
  if (!summary) return null;
  const m = PERIOD_TITLE.exec(summary.text);
  if (m) return { period: periodOf(m), block: summary };
  const year = /năm\s+(\d{4})/u.exec(summary.text);
  return year ? { period: { year: Number(year[1]), kind: 'year' }, block: summary } : null;
}

/**
 * "từ ngày … đến ngày …" must be the statistics window of REFERENCE §2 when it states a period:
 * right after the period's title ("Quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026)") or
 * as the report's own window ("Số liệu tính từ ngày …", "kỳ báo cáo từ ngày …", checked against
 * the title's period). Any other range is a span of its own ("đợt cao điểm từ ngày 15/12/2025
 * đến ngày 31/12/2025"): it is reported only when it shares one end with the window and runs
 * past the other. With --data, the title's period must be the dataset's.
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
      const before = block.text.slice(Math.max(0, m.index - 40), m.index);
      const named = new RegExp(`(?:${PERIOD_TITLE.source})\\s*\\(\\s*$`, 'iu').exec(before);
      const period = named ? periodOf(named) : title?.period;
      if (!period) continue;
      const w = periodBounds(period);
      const fromOk = compareCivilDate(from, w.from) === 0;
      const toOk = compareCivilDate(to, w.to) === 0;
      if (fromOk && toOk) continue;
      const inside = compareCivilDate(from, w.from) >= 0 && compareCivilDate(to, w.to) <= 0;
      if (!named && !CLAIMED.test(before) && ((!fromOk && !toOk) || inside)) continue;
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
