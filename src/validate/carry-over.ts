import { completeTotals } from '../domain/complete-totals';
import type { Dataset } from '../domain/dataset';
import type { RowOrigin } from '../domain/origin';
import { periodBounds } from '../domain/period';
import { formatNumber, formatPeriodTitle } from '../format';
import { makeIssue, type Issue } from '../issues/issue';
import { formatLocation, type Location } from '../issues/location';
import { locate } from './origin';
import { placeIn } from './parts/place';

interface UnitSum {
  value: number;
  /** The unit's first row, where the official looks. */
  at: RowOrigin;
}

/** A column of HoSo summed per unit (over its fields, linh_vuc), with the unit's first row. */
function perUnit(dataset: Dataset, value: (row: Dataset['dossiers'][number]) => number) {
  const sums = new Map<string, UnitSum>();
  for (const row of dataset.dossiers) {
    const known = sums.get(row.ma_don_vi);
    if (known) known.value += value(row);
    else sums.set(row.ma_don_vi, { value: value(row), at: row.$at });
  }
  return sums;
}

/** The periods follow each other: the previous one ends the day before this one starts. */
function follows(previous: Dataset, current: Dataset): boolean {
  const before = periodBounds(previous.period).to;
  const start = periodBounds(current.period).from;
  return before.year === start.year && before.month === start.month && before.day + 1 === start.day;
}

/**
 * "Từ kỳ trước chuyển sang" (06c column (6)) of each unit against the dossiers still pending
 * at the end of the previous period (its column (11)), where typed reports disagree with each
 * other (issue 17). Each difference is an error at this period's cell naming the other.
 */
export function checkCarryOver(
  current: Dataset,
  previous: Dataset,
  previousPath = '',
  currentPath = '',
): Issue[] {
  // A place in the previous period's data, named with its path: its files have this period's names.
  const there = (at: RowOrigin, column: string): Location =>
    placeIn(previousPath, locate(at, column));
  // This period's place: named with its path too when it is one of the quarters of a longer one.
  const here = (at: RowOrigin, column: string): Location =>
    placeIn(currentPath, locate(at, column));
  const metaAt = previous.metaAt?.ky_bao_cao;
  if (!follows(previous, current))
    return [
      makeIssue(
        'PREVIOUS_PERIOD_NOT_BEFORE',
        {
          previous: formatPeriodTitle(previous.period),
          current: formatPeriodTitle(current.period),
        },
        metaAt ? there(metaAt, 'ky_bao_cao') : undefined,
      ),
    ];
  const carried = perUnit(current, (r) => r.ky_truoc_chuyen_sang);
  const pending = perUnit(previous, (r) => completeTotals('HoSo', r).tong_dang_giai_quyet ?? 0);
  const names = new Map(current.units.map((u) => [u.id, u.name]));
  const issues: Issue[] = [];
  for (const [id, now] of carried) {
    const before = pending.get(id);
    const expected = before?.value ?? 0;
    if (now.value === expected) continue;
    issues.push(
      makeIssue(
        'CARRY_OVER_MISMATCH',
        {
          unit: names.get(id) ?? id,
          value: formatNumber(now.value),
          pending: formatNumber(expected),
          previous: before
            ? formatLocation(there(before.at, 'tong_dang_giai_quyet'))
            : 'không có dòng của đơn vị này',
        },
        here(now.at, 'ky_truoc_chuyen_sang'),
      ),
    );
  }
  for (const [id, before] of pending) {
    if (carried.has(id) || before.value === 0) continue;
    issues.push(
      makeIssue(
        'CARRY_OVER_UNIT_MISSING',
        { unit: names.get(id) ?? id, pending: formatNumber(before.value) },
        there(before.at, 'tong_dang_giai_quyet'),
      ),
    );
  }
  return issues;
}
