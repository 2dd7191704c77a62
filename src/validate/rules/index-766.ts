import {
  GROUP_COLUMNS,
  groupOf,
  setInForce,
  type GroupColumn,
} from '../../contract/indicator-sets';
import { PROVINCE_UNIT_ID } from '../../contract/tables';
import { formatDateNumeric, formatNumber } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import { locate } from '../origin';
import type { Rule } from './context';

/** The portal rounds each figure: up to this gap between total and sum is tolerated. */
export const TOTAL_SCORE_TOLERANCE = 0.01;

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Each reading against the indicator set in force at its date (src/contract/indicator-sets):
 * a set exists for the date, every group of the set has a score within the set's maximum, and
 * a group the set does not score is blank (online payment before 2026).
 */
export const readingsMatchSet: Rule = ({ dataset }) => {
  const issues: Issue[] = [];
  for (const r of dataset.indexReadings) {
    const date = formatDateNumeric(r.ngay);
    const set = setInForce(r.ngay);
    if (!set) {
      issues.push(makeIssue('INDEX_NO_SET', { date }, locate(r.$at, 'ngay')));
      continue;
    }
    for (const column of GROUP_COLUMNS) {
      const group = groupOf(set, column);
      const value = r[column];
      if (!group) {
        if (value !== null)
          issues.push(
            makeIssue(
              'INDEX_GROUP_NOT_IN_SET',
              { column, set: set.id, date, groups: set.groups.length },
              locate(r.$at, column),
            ),
          );
      } else if (value === null)
        issues.push(
          makeIssue(
            'INDEX_GROUP_MISSING',
            { group: group.name, set: set.id, date },
            locate(r.$at, column),
          ),
        );
      else if (value > group.max)
        issues.push(
          makeIssue(
            'INDEX_SCORE_ABOVE_MAX',
            { group: group.name, score: formatNumber(value), max: group.max, set: set.id },
            locate(r.$at, column),
          ),
        );
    }
  }
  return issues;
};

/** A total that differs from its group scores is reported, never corrected. */
export const totalMatchesGroups: Rule = ({ dataset }) => {
  const issues: Issue[] = [];
  for (const r of dataset.indexReadings) {
    const set = setInForce(r.ngay);
    const columns: readonly GroupColumn[] = set ? set.groups.map((g) => g.column) : GROUP_COLUMNS;
    const sum = round2(columns.reduce((s, c) => s + (r[c] ?? 0), 0));
    const difference = round2(Math.abs(sum - r.tong_diem));
    if (difference > TOTAL_SCORE_TOLERANCE) {
      const params = {
        total: formatNumber(r.tong_diem),
        sum: formatNumber(sum),
        difference: formatNumber(difference),
        tolerance: formatNumber(TOTAL_SCORE_TOLERANCE),
      };
      issues.push(makeIssue('TOTAL_SCORE_MISMATCH', params, locate(r.$at, 'tong_diem')));
    }
  }
  return issues;
};

type At = Parameters<typeof locate>[0];

/**
 * One reading per unit and date; every unit has a rank (the province's national rank may be
 * left blank); within a group and date, ranks run 1…N, where units of equal total may share a
 * rank and the next rank skips as many places (1, 2, 2, 4: the portal's totals tie at two
 * decimals).
 */
export const ranksAreSequences: Rule = ({ dataset }) => {
  const issues: Issue[] = [];
  const groupOf = new Map(dataset.units.map((u) => [u.id, u.group]));
  const seen = new Map<string, number>();
  type Ranked = { rank: number; total: number; at: At };
  const groups = new Map<string, Ranked[]>();
  for (const r of dataset.indexReadings) {
    const date = formatDateNumeric(r.ngay);
    const key = `${r.ma_don_vi}@${date}`;
    const other = seen.get(key);
    if (other !== undefined) {
      issues.push(
        makeIssue('DUPLICATE_READING', { id: r.ma_don_vi, date, other }, locate(r.$at, 'ngay')),
      );
      continue;
    }
    seen.set(key, r.$at.row);
    const group = groupOf.get(r.ma_don_vi);
    if (r.ma_don_vi === PROVINCE_UNIT_ID || !group) continue;
    if (r.xep_hang === null) {
      issues.push(
        makeIssue('INDEX_RANK_MISSING', { id: r.ma_don_vi, date }, locate(r.$at, 'xep_hang')),
      );
      continue;
    }
    const entry = groups.get(`${group}@${date}`) ?? [];
    entry.push({ rank: r.xep_hang, total: r.tong_diem, at: r.$at });
    groups.set(`${group}@${date}`, entry);
  }
  for (const [key, rows] of groups) {
    const [group = '', date = ''] = key.split('@');
    const sorted = [...rows].sort((a, b) => a.rank - b.rank);
    let problem: { text: string; at: At } | null = null;
    for (let i = 0; i < sorted.length && !problem; i++) {
      const r = sorted[i]!;
      const prev = sorted[i - 1];
      if (prev && r.rank === prev.rank) {
        // A shared rank is a tie only when the totals are equal too.
        if (r.total !== prev.total) {
          // Point at the second row holding the repeated rank, in the order of the data.
          const tied = rows.filter((x) => x.rank === r.rank);
          problem = { text: `hạng ${r.rank} lặp lại`, at: tied[1]!.at };
        }
      } else if (r.rank !== i + 1) problem = { text: `thiếu hạng ${i + 1}`, at: rows[0]!.at };
    }
    if (!problem) continue;
    const params = {
      group: group === 'so_nganh' ? 'sở, ban, ngành' : 'xã, phường',
      date,
      count: rows.length,
      problem: problem.text,
    };
    issues.push(makeIssue('RANK_NOT_SEQUENCE', params, locate(problem.at, 'xep_hang')));
  }
  return issues;
};
