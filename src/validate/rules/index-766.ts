import { PROVINCE_UNIT_ID } from '../../contract/tables';
import { formatDateNumeric, formatNumber } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import { locate } from '../origin';
import type { Rule } from './context';

/** The portal rounds each figure: up to this gap between total and sum is tolerated. */
export const TOTAL_SCORE_TOLERANCE = 0.01;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A total that differs from its five group scores is reported, never corrected. */
export const totalMatchesGroups: Rule = ({ dataset }) => {
  const issues: Issue[] = [];
  for (const r of dataset.indexReadings) {
    const sum = round2(
      r.cong_khai_minh_bach +
        r.tien_do_giai_quyet +
        r.dich_vu_cong_truc_tuyen +
        r.muc_do_hai_long +
        r.so_hoa_ho_so,
    );
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

/** One reading per unit and date; within a group and date, ranks run 1…N without gaps. */
export const ranksAreSequences: Rule = ({ dataset }) => {
  const issues: Issue[] = [];
  const groupOf = new Map(dataset.units.map((u) => [u.id, u.group]));
  const seen = new Map<string, number>();
  type At = (typeof dataset.indexReadings)[number]['$at'];
  const groups = new Map<string, { ranks: number[]; rows: At[] }>();
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
    const entry = groups.get(`${group}@${date}`) ?? { ranks: [], rows: [] };
    entry.ranks.push(r.xep_hang);
    entry.rows.push(r.$at);
    groups.set(`${group}@${date}`, entry);
  }
  for (const [key, { ranks, rows }] of groups) {
    const [group = '', date = ''] = key.split('@');
    const sorted = [...ranks].sort((a, b) => a - b);
    const dup = sorted.find((r, i) => sorted[i + 1] === r);
    const gap = sorted.findIndex((r, i) => r !== i + 1);
    if (dup === undefined && gap === -1) continue;
    const problem = dup !== undefined ? `hạng ${dup} lặp lại` : `thiếu hạng ${gap + 1}`;
    // Point at the second row holding a repeated rank; for a gap, at the group's first row.
    const at = (dup !== undefined ? rows[ranks.indexOf(dup, ranks.indexOf(dup) + 1)] : rows[0])!;
    const params = {
      group: group === 'so_nganh' ? 'sở, ban, ngành' : 'xã, phường',
      date,
      count: ranks.length,
      problem,
    };
    issues.push(makeIssue('RANK_NOT_SEQUENCE', params, locate(at, 'xep_hang')));
  }
  return issues;
};
