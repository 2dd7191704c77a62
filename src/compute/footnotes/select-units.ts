import { BAND_LABELS, type ListWhere } from '../../contract/footnote-rules';
import type { Metric } from '../../contract/footnote-metrics';
import { GROUP_KEYS, type GroupColumn } from '../../contract/indicator-sets';
import { targetOf, type Targets } from '../../contract/targets';
import { meetsTarget } from '../compliance';
import type { Index766Model } from '../index-766';
import type { FootnoteUnit } from './footnote-units';
import { hasSource, metricFlag, readingValue } from './metric-value';

/** A unit with its value of the list's metric (null only for `missing` and `flag` lists). */
export interface Scored {
  readonly unit: FootnoteUnit;
  readonly value: number | null;
}

/** What a condition compares with, besides the unit itself. */
export interface SelectContext {
  readonly metric: Metric;
  readonly targets: Targets;
  readonly index766: Index766Model | null;
}

/** Keeps every unit whose value is at or beyond the n-th value in that direction (ties stay). */
function extreme(scored: readonly Scored[], n: number, sign: 1 | -1): Scored[] {
  const sorted = scored.map((s) => s.value! * sign).sort((a, b) => b - a);
  const edge = sorted[Math.min(n, sorted.length) - 1];
  return edge === undefined ? [] : scored.filter((s) => s.value! * sign >= edge);
}

/** The national average of the unit's group for a total or group-score metric. */
function nationalAverage(ctx: SelectContext, u: FootnoteUnit): number | null {
  const n = ctx.index766?.nationalScores[u.group];
  if (!n) return null;
  if (ctx.metric === 'tong_diem') return n.total;
  return n.scores[GROUP_KEYS[ctx.metric as GroupColumn]] ?? null;
}

/** A band's place from the best (0: xuất sắc); -1 for a label of no band. */
const bandPlace = (label: string | undefined) =>
  label === undefined ? -1 : (BAND_LABELS as readonly string[]).indexOf(label);

/**
 * Whether a list's condition needs the units whose value is blank: `missing` lists them, `flag`
 * lists a portal flag whatever the value.
 */
export const keepsBlanks = (where: ListWhere | undefined): boolean =>
  where?.missing === true || where?.flag !== undefined;

/** The units a list's `where` keeps, in the order given; no condition keeps them all. */
export function selectUnits(
  scored: readonly Scored[],
  where: ListWhere | undefined,
  ctx: SelectContext,
): Scored[] {
  if (!where) return [...scored];
  const { below, above, highest, lowest } = where;
  if (where.missing) return scored.filter((s) => s.value === null && hasSource(s.unit, ctx.metric));
  if (where.flag !== undefined)
    return scored.filter((s) => metricFlag(s.unit, ctx.metric) === where.flag);
  const valued = scored.filter((s) => s.value !== null);
  if (below !== undefined) return valued.filter((s) => s.value! < below);
  if (above !== undefined) return valued.filter((s) => s.value! > above);
  if (highest !== undefined) return extreme(valued, highest, 1);
  if (lowest !== undefined) return extreme(valued, lowest, -1);
  if (where.belowNationalAverage)
    return valued.filter((s) => {
      const avg = nationalAverage(ctx, s.unit);
      return avg !== null && s.value! < avg;
    });
  if (where.belowProvince) {
    const province = readingValue(ctx.index766?.province ?? null, ctx.metric);
    return province === null ? [] : valued.filter((s) => s.value! < province);
  }
  if (where.belowTarget) {
    const target = targetOf(ctx.targets, ctx.metric);
    return target === undefined ? [] : valued.filter((s) => !meetsTarget(s.value!, target));
  }
  if (where.band !== undefined)
    return valued.filter((s) => s.unit.ranking?.classification === where.band);
  if (where.bandAtLeast !== undefined) {
    const worst = bandPlace(where.bandAtLeast);
    return valued.filter((s) => {
      const place = bandPlace(s.unit.ranking?.classification);
      return place >= 0 && place <= worst;
    });
  }
  return valued;
}
