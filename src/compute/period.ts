import { periodBounds, periodCode } from '../domain/period';
import { formatPeriodTitle } from '../format';
import type { CivilDate, Period } from '../format/calendar-types';

export interface PeriodModel {
  readonly code: string;
  readonly kind: Period['kind'];
  readonly year: number;
  readonly quarter: number | null;
  /** "Quý I năm 2026", "6 tháng đầu năm 2026", … */
  readonly title: string;
  readonly from: CivilDate;
  readonly to: CivilDate;
  /** Title of the period the "phương hướng" section looks ahead to. */
  readonly nextTitle: string;
}

function nextTitle(p: Period): string {
  if (p.kind === 'quarter')
    return p.quarter === 4
      ? formatPeriodTitle({ year: p.year + 1, kind: 'quarter', quarter: 1 })
      : formatPeriodTitle({ ...p, quarter: (p.quarter + 1) as 2 | 3 | 4 });
  if (p.kind === 'half') return `6 tháng cuối năm ${p.year}`;
  if (p.kind === 'nine-months')
    return formatPeriodTitle({ year: p.year, kind: 'quarter', quarter: 4 });
  return formatPeriodTitle({ year: p.year + 1, kind: 'year' });
}

/** The reporting period with its statistics window (REFERENCE §2). */
export function computePeriod(p: Period): PeriodModel {
  const { from, to } = periodBounds(p);
  return {
    code: periodCode(p),
    kind: p.kind,
    year: p.year,
    quarter: p.kind === 'quarter' ? p.quarter : null,
    title: formatPeriodTitle(p),
    from,
    to,
    nextTitle: nextTitle(p),
  };
}
