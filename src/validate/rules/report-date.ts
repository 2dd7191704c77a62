import { periodBounds } from '../../domain/period';
import {
  compareCivilDate,
  formatDateNumeric,
  formatPeriodRange,
  formatPeriodTitle,
} from '../../format';
import type { CivilDate } from '../../format/calendar-types';
import { makeIssue } from '../../issues/issue';
import { locate } from '../origin';
import type { Rule } from './context';

/** Months after the end of its period a report is still dated without a word. */
const LATE_MONTHS = 3;
/** Months after which the date cannot be the report's (a typo of the year: 2099, 2062). */
const FAR_MONTHS = 12;

const addMonths = (d: CivilDate, months: number): CivilDate => {
  const index = d.year * 12 + (d.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: d.day };
};

/**
 * The report date (ngay_bao_cao) must fit its period: a report is not dated before its period
 * begins, nor a year after it ends (a year typed wrong builds a report dated then). A few
 * months late is possible, and said.
 */
export const reportDate: Rule = ({ dataset }) => {
  const date = dataset.meta.ngay_bao_cao;
  const at = dataset.metaAt?.ngay_bao_cao;
  if (!date) return [];
  const { from, to } = periodBounds(dataset.period);
  const where = at ? locate(at, 'ngay_bao_cao') : undefined;
  const params = {
    date: formatDateNumeric(date),
    period: formatPeriodTitle(dataset.period),
    range: formatPeriodRange(from, to),
  };
  if (compareCivilDate(date, from) < 0)
    return [
      makeIssue(
        'REPORT_DATE_OUTSIDE_PERIOD',
        { ...params, why: 'báo cáo không thể ghi ngày trước khi kỳ bắt đầu' },
        where,
      ),
    ];
  if (compareCivilDate(date, addMonths(to, FAR_MONTHS)) > 0)
    return [
      makeIssue(
        'REPORT_DATE_OUTSIDE_PERIOD',
        { ...params, why: `muộn hơn ${FAR_MONTHS} tháng sau ngày cuối kỳ` },
        where,
      ),
    ];
  if (compareCivilDate(date, addMonths(to, LATE_MONTHS)) > 0)
    return [
      makeIssue(
        'REPORT_DATE_LATE',
        { ...params, to: formatDateNumeric(to), months: LATE_MONTHS },
        where,
      ),
    ];
  return [];
};
