import { periodBounds } from '../../domain/period';
import { compareCivilDate, formatDateNumeric, formatPeriodRange } from '../../format';
import type { CivilDate } from '../../format/calendar-types';
import { makeIssue, type Issue } from '../../issues/issue';
import { locate } from '../origin';
import type { RowOrigin } from '../../domain/origin';
import type { Rule } from './context';

/**
 * Decisions and directive documents reported for the period must be dated inside it.
 * Documents of other groups (e.g. older decisions a footnote cites) may be dated earlier.
 */
export const datesInPeriod: Rule = ({ dataset }) => {
  const { from, to } = periodBounds(dataset.period);
  const range = formatPeriodRange(from, to);
  const issues: Issue[] = [];
  const check = (date: CivilDate, at: RowOrigin, column: string) => {
    if (compareCivilDate(date, from) < 0 || compareCivilDate(date, to) > 0)
      issues.push(
        makeIssue(
          'DATE_OUTSIDE_PERIOD',
          { date: formatDateNumeric(date), range },
          locate(at, column),
        ),
      );
  };
  for (const r of dataset.publications) check(r.ngay_quyet_dinh, r.$at, 'ngay_quyet_dinh');
  for (const r of dataset.internalDecisions) check(r.ngay, r.$at, 'ngay');
  for (const r of dataset.documents)
    if ((r.nhom ?? 'chi_dao') === 'chi_dao') check(r.ngay, r.$at, 'ngay');
  return issues;
};
