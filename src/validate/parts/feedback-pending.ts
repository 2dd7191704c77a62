import { completeTotals } from '../../domain/complete-totals';
import { formatNumber, formatPeriodTitle } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import { locate } from '../origin';
import type { Part } from './part';
import { placeIn } from './place';

/**
 * Form 05b has no "carried over" column: its identity (3) = (6) + (9) counts the feedback
 * still being handled at a quarter's end again in the next quarter's received. Summed, the
 * quarters would count it twice, so a part before the last with feedback pending cannot be
 * added up; the period's own PAKN table, entered for the whole period, is the way out.
 */
export function pendingFeedback(parts: readonly Part[], period: string, own: string): Issue[] {
  return parts.slice(0, -1).flatMap((part) =>
    part.dataset.feedback.flatMap((row) => {
      const pending = completeTotals('PAKN', row).tong_dang_xu_ly ?? 0;
      if (pending === 0) return [];
      return [
        makeIssue(
          'PART_FEEDBACK_PENDING',
          {
            field: row.linh_vuc,
            part: formatPeriodTitle(part.dataset.period),
            pending: formatNumber(pending),
            period,
            own,
          },
          placeIn(part.path, locate(row.$at, 'tong_dang_xu_ly')),
        ),
      ];
    }),
  );
}
