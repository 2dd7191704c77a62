import type { FootnoteList, FootnoteRule, FootnoteRuleSet } from '../../contract/footnote-rules';
import { closestName } from '../../domain/closest-name';
import { makeIssue, type Issue } from '../../issues/issue';
import type { FootnoteSource, FootnoteUnit } from './footnote-units';
import type { Metric } from '../../contract/footnote-metrics';
import { targetOf } from '../../contract/targets';
import { metricSource, readingValue } from './metric-value';

const SOURCE_WORDS = {
  ChiSo766: 'bảng ChiSo766',
  ChiSoThanhPhan766: 'bảng ChiSoThanhPhan766',
  ChiTieuDonVi: 'bảng ChiTieuDonVi',
  targets: 'các cột tỷ lệ của bảng ChiTieuDonVi',
} as const;

export interface ListContext {
  readonly source: FootnoteSource;
  readonly set: FootnoteRuleSet;
  readonly rule: FootnoteRule;
  readonly name: string;
  readonly list: FootnoteList;
}

/**
 * What a list lacks in the data, said once per list: no units of its group, no value of its
 * metric, no national average to compare with, a qualifier for an unknown unit code.
 */
export function listWarnings(
  { source, set, rule, name, list }: ListContext,
  units: readonly FootnoteUnit[],
  inGroup: number,
  withValue: number,
): Issue[] {
  const params = { rule: rule.name, list: name };
  const at = { file: set.file, detail: `quy tắc "${rule.name}", danh sách ${name}` };
  const noData = (what: string) => makeIssue('FOOTNOTE_NO_DATA', { ...params, what }, at);
  const issues: Issue[] = [];
  const metric = list.metric as Metric;
  if (inGroup === 0) issues.push(noData(`đơn vị nhóm ${list.group}`));
  else if (withValue === 0 && !list.where?.missing && list.where?.flag === undefined)
    issues.push(noData(`${list.metric} (${SOURCE_WORDS[metricSource(metric)]})`));
  const groups = list.group === 'both' ? (['so_nganh', 'xa_phuong'] as const) : [list.group];
  if (list.where?.belowNationalAverage && source.index766)
    for (const g of groups)
      if (source.index766.nationalAverage[g] === null)
        issues.push(noData(`điểm trung bình cả nước của nhóm ${g} (bảng TrungBinh766)`));
  if (
    list.where?.belowProvince &&
    source.index766 &&
    readingValue(source.index766.province, metric) === null
  )
    issues.push(noData(`${list.metric} của tỉnh (dòng TINH)`));
  if (list.where?.belowTarget && targetOf(set.targets, metric) === undefined)
    issues.push(noData(`chỉ tiêu của ${list.metric} (mục targets của tệp quy tắc)`));
  const ids = units.map((u) => u.unitId);
  for (const id of Object.keys(list.qualifiers).filter((id) => !ids.includes(id)))
    issues.push(
      makeIssue(
        'FOOTNOTE_UNKNOWN_UNIT',
        { ...params, id, suggestion: closestName(id, ids) ?? '' },
        { file: set.file, detail: `quy tắc "${rule.name}", trường lists.${name}.qualifiers` },
      ),
    );
  return issues;
}
