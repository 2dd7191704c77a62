import { quarterSpan, periodBounds } from '../../domain/period';
import { formatPeriodRange, formatPeriodTitle } from '../../format';
import type { Period } from '../../format/calendar-types';
import { makeIssue, type Issue } from '../../issues/issue';
import { formatLocation, type Location } from '../../issues/location';
import { locate } from '../origin';
import type { Part } from './part';
import { placeIn } from './place';
import type { Target } from './target';

const QUARTER = (year: number, quarter: number): Period => ({
  year,
  kind: 'quarter',
  quarter: quarter as 1 | 2 | 3 | 4,
});

/** A cell of a part's frame (ThongTin), named with the part's path. */
function frameCell(part: Part, key: string): Location {
  const at = part.dataset.metaAt?.[key];
  return at ? placeIn(part.path, locate(at, key)) : { file: part.path };
}

/**
 * The parts checked against the period they make and against each other (issue 17): a longer
 * period only, each part of its province and year and inside it, no quarter given twice, every
 * quarter given. Returns the parts in time order when they cover the period exactly.
 */
export function checkParts(
  target: Target,
  parts: readonly Part[],
  ownPath = '',
): { ordered: Part[] | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const targetAt = target.at.ky_bao_cao;
  // Several folders are in play: the period's own is named with its path too.
  const here = targetAt ? placeIn(ownPath, locate(targetAt, 'ky_bao_cao')) : { file: ownPath };
  const period = formatPeriodTitle(target.period);
  if (target.period.kind === 'quarter')
    return { ordered: null, issues: [makeIssue('PARTS_FOR_QUARTER', { period }, here)] };
  const span = quarterSpan(target.period);
  const inside: Part[] = [];
  for (const part of parts) {
    const ds = part.dataset;
    const title = formatPeriodTitle(ds.period);
    const own = quarterSpan(ds.period);
    if (ds.province.code !== target.province.code)
      issues.push(
        makeIssue(
          'PART_OTHER_PROVINCE',
          { part: part.path, found: ds.province.name, expected: target.province.name, period },
          frameCell(part, 'tinh'),
        ),
      );
    else if (ds.period.year !== target.period.year)
      issues.push(
        makeIssue(
          'PART_OTHER_YEAR',
          { part: part.path, found: title, period },
          frameCell(part, 'ky_bao_cao'),
        ),
      );
    else if (own.first < span.first || own.last > span.last)
      issues.push(
        makeIssue(
          'PART_OUTSIDE_PERIOD',
          { part: part.path, found: title, period },
          frameCell(part, 'ky_bao_cao'),
        ),
      );
    else inside.push(part);
  }
  const ordered = [...inside].sort(
    (a, b) => quarterSpan(a.dataset.period).first - quarterSpan(b.dataset.period).first,
  );
  const covered = new Map<number, Part>();
  for (const part of ordered) {
    const own = quarterSpan(part.dataset.period);
    for (let q = own.first; q <= own.last; q++) {
      const other = covered.get(q);
      if (other) {
        issues.push(
          makeIssue(
            'PART_OVERLAP',
            {
              part: part.path,
              found: formatPeriodTitle(part.dataset.period),
              other: other.path,
              otherPeriod: formatPeriodTitle(other.dataset.period),
              quarter: formatPeriodTitle(QUARTER(target.period.year, q)),
              place: formatLocation(frameCell(other, 'ky_bao_cao')),
            },
            frameCell(part, 'ky_bao_cao'),
          ),
        );
        break;
      }
      covered.set(q, part);
    }
  }
  const missing: string[] = [];
  for (let q = span.first; q <= span.last; q++) {
    if (covered.has(q)) continue;
    const quarter = QUARTER(target.period.year, q);
    const { from, to } = periodBounds(quarter);
    missing.push(`${formatPeriodTitle(quarter)} (${formatPeriodRange(from, to)})`);
  }
  if (missing.length > 0)
    issues.push(makeIssue('PARTS_GAP', { period, missing: missing.join('; ') }, here));
  return { ordered: issues.length > 0 ? null : ordered, issues };
}
