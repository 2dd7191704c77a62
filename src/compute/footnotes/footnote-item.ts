import { METRICS, type Metric } from '../../contract/footnote-metrics';
import type { FootnoteList } from '../../contract/footnote-rules';
import { TARGET_INDICATORS, type Targets } from '../../contract/targets';
import type { UnitGroup, UnitKind } from '../../domain/dataset';
import type { FootnoteUnit } from './footnote-units';
import { metricValue } from './metric-value';

/** One unit of a footnote list, with what a template may print about it. */
export interface FootnoteItem {
  readonly unitId: string;
  readonly name: string;
  readonly displayName: string;
  readonly kind: UnitKind;
  readonly group: UnitGroup;
  /** The list's metric. */
  readonly value: number;
  readonly rank: number | null;
  readonly of: number | null;
  readonly total: number | null;
  /** The target of the list's metric, when it has one. */
  readonly target: number | null;
  readonly qualifier: string | null;
  /** Every metric of the unit, by its key (null where the data has none). */
  readonly metrics: Readonly<Record<Metric, number | null>>;
}

/** The item of a selected unit; every field is present (null when unknown) for strict templates. */
export function footnoteItem(
  u: FootnoteUnit,
  value: number,
  list: FootnoteList,
  targets: Targets,
): FootnoteItem {
  const metrics = Object.fromEntries(METRICS.map((m) => [m, metricValue(u, m)]));
  const target = TARGET_INDICATORS.find((t) => t === list.metric);
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
    target: target === undefined ? null : targets[target],
    qualifier: list.qualifiers[u.unitId] ?? null,
    metrics: metrics as Record<Metric, number | null>,
  };
}
