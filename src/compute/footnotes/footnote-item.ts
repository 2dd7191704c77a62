import {
  METRICS,
  SUB_FIELDS,
  type Metric,
  type SubField,
  type SubMetric,
} from '../../contract/footnote-metrics';
import type { FootnoteList } from '../../contract/footnote-rules';
import { targetOf, type Targets } from '../../contract/targets';
import type { UnitGroup, UnitKind } from '../../domain/dataset';
import type { FootnoteUnit } from './footnote-units';
import { metricFlag, metricValue, readingValue } from './metric-value';

/** One unit of a footnote list, with what a template may print about it. */
export interface FootnoteItem {
  readonly unitId: string;
  readonly name: string;
  readonly displayName: string;
  readonly kind: UnitKind;
  readonly group: UnitGroup;
  /** The list's metric; null only in a `missing` or `flag` list. */
  readonly value: number | null;
  readonly rank: number | null;
  readonly of: number | null;
  readonly total: number | null;
  /** The unit's classification ("tốt"), when it has a reading. */
  readonly classification: string | null;
  /** The target of the list's metric, when it has one. */
  readonly target: number | null;
  readonly qualifier: string | null;
  /** The portal's data-quality flag on the list's sub-indicator, or null. */
  readonly flag: string | null;
  /** Every one-word metric of the unit, by its key (null where the data has none). */
  readonly metrics: Readonly<Record<(typeof METRICS)[number], number | null>>;
  /** Its sub-indicators by code, each field by name: `{{count sub.qua_han.tu_so}}`. */
  readonly sub: Readonly<Record<string, Readonly<Record<SubField, number | null>>>>;
}

/** The item of a selected unit; every field is present (null when unknown) for strict templates. */
export function footnoteItem(
  u: FootnoteUnit,
  value: number | null,
  list: FootnoteList,
  targets: Targets,
): FootnoteItem {
  const metrics = Object.fromEntries(METRICS.map((m) => [m, metricValue(u, m)]));
  const metric = list.metric as Metric;
  return {
    unitId: u.unitId,
    name: u.name,
    displayName: u.displayName,
    kind: u.kind,
    group: u.group,
    value,
    rank: u.ranking?.rank ?? null,
    of: u.ranking?.of ?? null,
    total: u.ranking?.total ?? null,
    classification: u.ranking?.classification ?? null,
    target: targetOf(targets, metric) ?? null,
    qualifier: list.qualifiers[u.unitId] ?? null,
    flag: metricFlag(u, metric),
    metrics: metrics as FootnoteItem['metrics'],
    sub: Object.fromEntries(
      Object.keys(u.ranking?.subIndicators ?? {}).map((code) => [
        code,
        Object.fromEntries(
          SUB_FIELDS.map((f) => [f, readingValue(u.ranking, `${code}.${f}` as SubMetric)]),
        ) as Record<SubField, number | null>,
      ]),
    ),
  };
}
