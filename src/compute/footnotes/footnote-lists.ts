import type { Metric } from '../../contract/footnote-metrics';
import { targetOf } from '../../contract/targets';
import type { FootnoteList, FootnoteRule, FootnoteRuleSet } from '../../contract/footnote-rules';
import type { Issue } from '../../issues/issue';
import { footnoteItem, type FootnoteItem } from './footnote-item';
import { footnoteUnits, type FootnoteSource, type FootnoteUnit } from './footnote-units';
import { listWarnings, type ListContext } from './list-warnings';
import { metricValue, readingValue } from './metric-value';
import { orderUnits } from './order-units';
import { keepsBlanks, selectUnits, type Scored } from './select-units';

export type { FootnoteItem } from './footnote-item';

/** The units a list selected, ordered and limited. */
export interface SelectedList {
  readonly group: FootnoteList['group'];
  readonly items: readonly FootnoteItem[];
  /** How many units the condition kept, before the limit. */
  readonly selected: number;
  /** True when the limit left units out: the template writes `more` after the last item. */
  readonly cut: boolean;
  readonly more: string;
  /** The province's own value of the list's metric (its row TINH), or null. */
  readonly province: number | null;
  /** The target of the list's metric (`targets`), or null. */
  readonly target: number | null;
}

export interface RuleLists {
  readonly rule: FootnoteRule;
  readonly lists: Readonly<Record<string, SelectedList>>;
}

function selectList(
  units: readonly FootnoteUnit[],
  ctx: ListContext,
): { list: SelectedList; issues: Issue[] } {
  const { list, set, source } = ctx;
  const metric = list.metric as Metric;
  const inGroup = units.filter((u) => list.group === 'both' || u.group === list.group);
  const blanks = keepsBlanks(list.where);
  const scored: Scored[] = inGroup.flatMap((unit) => {
    const value = metricValue(unit, metric);
    return value === null && !blanks ? [] : [{ unit, value }];
  });
  const selectContext = { metric, targets: set.targets, index766: source.index766 };
  const kept = orderUnits(selectUnits(scored, list.where, selectContext), list.order, metric);
  const shown = list.limit === undefined ? kept : kept.slice(0, list.limit);
  return {
    list: {
      group: list.group,
      items: shown.map((s) => footnoteItem(s.unit, s.value, list, set.targets)),
      selected: kept.length,
      cut: shown.length < kept.length,
      more: list.more,
      province: readingValue(source.index766?.province ?? null, metric),
      target: targetOf(set.targets, metric) ?? null,
    },
    issues: listWarnings(ctx, units, inGroup.length, scored.filter((s) => s.value !== null).length),
  };
}

/**
 * Selects, orders and limits the units of every list of every rule. Pure: the model and the
 * rule set in, the lists and any warnings (missing data, unknown unit codes) out.
 */
export function computeFootnoteLists(
  source: FootnoteSource,
  set: FootnoteRuleSet,
): { rules: RuleLists[]; issues: Issue[] } {
  const units = footnoteUnits(source, set.targets);
  const issues: Issue[] = [];
  const rules = set.rules.map((rule) => {
    const lists: Record<string, SelectedList> = {};
    for (const [name, list] of Object.entries(rule.lists)) {
      const result = selectList(units, { source, set, rule, name, list });
      lists[name] = result.list;
      issues.push(...result.issues);
    }
    return { rule, lists };
  });
  return { rules, issues };
}
