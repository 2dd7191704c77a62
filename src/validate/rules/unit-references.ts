import { PROVINCE_UNIT_ID } from '../../contract/tables';
import { closestName } from '../../domain/closest-name';
import { makeIssue, type Issue } from '../../issues/issue';
import { locate } from '../origin';
import type { RowOrigin } from '../../domain/origin';
import type { Rule } from './context';

/**
 * Every ma_don_vi in HoSo, ChiSo766, ChiTieuDonVi, ChiSoThanhPhan766 and DonViCong766 names a unit
 * of DonVi (or TINH where the province has readings).
 */
export const unitReferences: Rule = ({ dataset, rejectedUnitIds }) => {
  const known = new Set([...dataset.units.map((u) => u.id), ...rejectedUnitIds]);
  const ids = dataset.units.map((u) => u.id);
  const byName = new Map(dataset.units.map((u) => [u.name, u.id]));
  const issues: Issue[] = [];
  // One suggestion per unknown code: a large table repeating a wrong code stays fast.
  const suggestions = new Map<string, string>();
  const suggest = (id: string) => {
    let s = suggestions.get(id);
    if (s === undefined) {
      const name = closestName(id, [...byName.keys()]);
      s = name ? (byName.get(name) ?? '') : (closestName(id, ids) ?? '');
      suggestions.set(id, s);
    }
    return s;
  };
  const check = (
    rows: readonly { ma_don_vi: string; $at: RowOrigin }[],
    allowProvince: boolean,
  ) => {
    for (const r of rows) {
      if (known.has(r.ma_don_vi) || (allowProvince && r.ma_don_vi === PROVINCE_UNIT_ID)) continue;
      const suggestion = suggest(r.ma_don_vi);
      const name = dataset.units.find((u) => u.id === suggestion)?.name ?? '';
      issues.push(
        makeIssue(
          'UNKNOWN_UNIT',
          { id: r.ma_don_vi, suggestion, name },
          locate(r.$at, 'ma_don_vi'),
        ),
      );
    }
  };
  check(dataset.dossiers, false);
  check(dataset.indexReadings, true);
  check(dataset.unitIndicators, false);
  check(dataset.subIndicatorReadings, true);
  check(dataset.portalUnits, false);
  return issues;
};
