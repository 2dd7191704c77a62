import { completeTotals } from '../../domain/complete-totals';
import { formatNumber, formatPeriodTitle } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import { locate } from '../origin';
import type { Part } from './part';
import { carriedKind } from './carried-feedback';
import { placeIn } from './place';

/**
 * Form 05b has no "carried over" column: its identity (3) = (6) + (9) counts the feedback
 * still being handled at a quarter's end again in the next quarter's received. Summed, the
 * quarters would count it twice. Where the quarter received one kind only, the pending ones
 * are of that kind and are taken off (carried-feedback.ts); otherwise the split of (4) and (5)
 * is not in the data, the part cannot be added up, and the period's own PAKN table, entered for
 * the whole period, is the way out.
 */
export function pendingFeedback(parts: readonly Part[], period: string, own: string): Issue[] {
  const key = (field: unknown) => String(field ?? '').toLowerCase();
  return parts.slice(0, -1).flatMap((part, i) =>
    part.dataset.feedback.flatMap((row) => {
      const pending = completeTotals('PAKN', row).tong_dang_xu_ly ?? 0;
      if (pending === 0) return [];
      // Of one kind only, and received again by the next quarter: taken off (carried-feedback.ts).
      const next = parts[i + 1]!.dataset.feedback.some(
        (r) => key(r.linh_vuc) === key(row.linh_vuc),
      );
      if (carriedKind(row) && next) return [];
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
