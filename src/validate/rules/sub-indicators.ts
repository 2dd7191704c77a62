import { setInForce, subIndicatorsOf } from '../../contract/indicator-sets';
import { closestName } from '../../domain/closest-name';
import { PROVINCE_UNIT_ID } from '../../contract/tables';
import { formatDateNumeric, formatNumber, provinceMention } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import { locate } from '../origin';
import { TOTAL_SCORE_TOLERANCE } from './index-766';
import type { Rule } from './context';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Units a grouped warning names before "…". */
const NAMED = 5;

type SubRow = Parameters<Rule>[0]['dataset']['subIndicatorReadings'][number];

/**
 * Each sub-indicator reading (ChiSoThanhPhan766) against the indicator set in force at its date:
 * a code of the set, once per unit and date, a score within its maximum (none for one the portal
 * shows without points), a ratio that is its numerator over its denominator (to the portal's
 * rounding), and scores that add up to the group's score of ChiSo766.
 */
export const subIndicatorsMatchSet: Rule = ({ dataset }) => {
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  for (const r of dataset.subIndicatorReadings) {
    const date = formatDateNumeric(r.ngay);
    const set = setInForce(r.ngay);
    if (!set) {
      issues.push(makeIssue('INDEX_NO_SET', { date }, locate(r.$at, 'ngay')));
      continue;
    }
    const subs = subIndicatorsOf(set);
    const def = subs.find((x) => x.sub.code === r.chi_so)?.sub;
    if (!def) {
      const codes = subs.map((x) => x.sub.code);
      issues.push(
        makeIssue(
          'SUB_INDICATOR_UNKNOWN',
          { code: r.chi_so, set: set.id, suggestion: closestName(r.chi_so, codes) ?? '' },
          locate(r.$at, 'chi_so'),
        ),
      );
      continue;
    }
    const key = `${r.ma_don_vi}@${date}@${r.chi_so}`;
    const other = seen.get(key);
    if (other !== undefined) {
      issues.push(
        makeIssue(
          'SUB_INDICATOR_DUPLICATE',
          { id: r.ma_don_vi, code: r.chi_so, date, other },
          locate(r.$at, 'chi_so'),
        ),
      );
      continue;
    }
    seen.set(key, r.$at.row);
    if (r.diem !== null && r.diem > def.max)
      issues.push(
        makeIssue(
          'SUB_INDICATOR_SCORE_ABOVE_MAX',
          { code: r.chi_so, score: formatNumber(r.diem), max: def.max, set: set.id },
          locate(r.$at, 'diem'),
        ),
      );
    if (r.tu_so !== null && r.mau_so !== null && r.mau_so > 0 && r.ty_le !== null) {
      const ratio = round2((100 * r.tu_so) / r.mau_so);
      if (round2(Math.abs(ratio - r.ty_le)) > TOTAL_SCORE_TOLERANCE)
        issues.push(
          makeIssue(
            'SUB_INDICATOR_RATIO_MISMATCH',
            {
              code: r.chi_so,
              ratio: formatNumber(r.ty_le),
              numerator: formatNumber(r.tu_so),
              denominator: formatNumber(r.mau_so),
              expected: formatNumber(ratio),
            },
            locate(r.$at, 'ty_le'),
          ),
        );
    }
  }
  issues.push(...scoresAddUp(dataset), ...portalFlags(dataset.subIndicatorReadings, dataset));
  return issues;
};

/** Where every scored sub-indicator of a group has a score, they add up to the group's score. */
function scoresAddUp(dataset: Parameters<Rule>[0]['dataset']): Issue[] {
  const issues: Issue[] = [];
  const byUnit = new Map<string, SubRow[]>();
  for (const r of dataset.subIndicatorReadings) {
    const k = `${r.ma_don_vi}@${formatDateNumeric(r.ngay)}`;
    byUnit.set(k, [...(byUnit.get(k) ?? []), r]);
  }
  for (const reading of dataset.indexReadings) {
    const date = formatDateNumeric(reading.ngay);
    const rows = byUnit.get(`${reading.ma_don_vi}@${date}`);
    const set = setInForce(reading.ngay);
    if (!rows || !set) continue;
    for (const group of set.groups) {
      const scored = group.subIndicators.filter((s) => s.max > 0);
      const scores = scored.map((s) => rows.find((r) => r.chi_so === s.code)?.diem ?? null);
      const value = reading[group.column];
      if (scored.length === 0 || value === null || scores.some((s) => s === null)) continue;
      const sum = round2(scores.reduce<number>((a, s) => a + (s ?? 0), 0));
      if (round2(Math.abs(sum - value)) > TOTAL_SCORE_TOLERANCE)
        issues.push(
          makeIssue(
            'SUB_INDICATOR_SUM_MISMATCH',
            {
              id: reading.ma_don_vi,
              group: group.name,
              score: formatNumber(value),
              sum: formatNumber(sum),
              date,
            },
            locate(reading.$at, group.column),
          ),
        );
    }
  }
  return issues;
}

/**
 * The portal's data-quality flags, kept in the data and shown as warnings: one per flag, date
 * and sub-indicator, naming how many units carry it and the first of them.
 */
function portalFlags(rows: readonly SubRow[], dataset: Parameters<Rule>[0]['dataset']): Issue[] {
  const names = new Map<string, string>(dataset.units.map((u) => [u.id, u.name]));
  names.set(PROVINCE_UNIT_ID, provinceMention(dataset.province.name));
  const flagged = new Map<string, SubRow[]>();
  for (const r of rows) {
    if (r.canh_bao === null) continue;
    const k = `${formatDateNumeric(r.ngay)}@${r.chi_so}@${r.canh_bao}`;
    flagged.set(k, [...(flagged.get(k) ?? []), r]);
  }
  return [...flagged.values()].map((list) => {
    const first = list[0]!;
    const units = list.map((r) => names.get(r.ma_don_vi) ?? r.ma_don_vi);
    const shown = units.slice(0, NAMED).join(', ') + (units.length > NAMED ? ', …' : '');
    return makeIssue(
      'PORTAL_DATA_FLAG',
      {
        code: first.chi_so,
        flag: first.canh_bao ?? '',
        message: first.noi_dung_canh_bao ?? '',
        count: list.length,
        date: formatDateNumeric(first.ngay),
        units: shown,
      },
      locate(first.$at, 'canh_bao'),
    );
  });
}
