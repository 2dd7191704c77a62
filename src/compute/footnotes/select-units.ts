import { meetsTarget } from '../compliance';
import type { ListWhere } from '../../contract/footnote-rules';
import { TARGET_INDICATORS, type TargetIndicator, type Targets } from '../../contract/targets';
import type { FootnoteUnit } from './footnote-units';

/** A unit with its value of the list's metric. */
export interface Scored {
  readonly unit: FootnoteUnit;
  readonly value: number;
}

/** Keeps every unit whose value is at or beyond the n-th value in that direction (ties stay). */
function extreme(scored: readonly Scored[], n: number, sign: 1 | -1): Scored[] {
  const sorted = scored.map((s) => s.value * sign).sort((a, b) => b - a);
  const edge = sorted[Math.min(n, sorted.length) - 1];
  return edge === undefined ? [] : scored.filter((s) => s.value * sign >= edge);
}

const isTarget = (m: string): m is TargetIndicator =>
  (TARGET_INDICATORS as readonly string[]).includes(m);

/** The units a list's `where` keeps, in the order given; no condition keeps them all. */
export function selectUnits(
  scored: readonly Scored[],
  where: ListWhere | undefined,
  metric: string,
  targets: Targets,
): Scored[] {
  if (!where) return [...scored];
  const { below, above, highest, lowest } = where;
  if (below !== undefined) return scored.filter((s) => s.value < below);
  if (above !== undefined) return scored.filter((s) => s.value > above);
  if (highest !== undefined) return extreme(scored, highest, 1);
  if (lowest !== undefined) return extreme(scored, lowest, -1);
  if (where.belowNationalAverage)
    return scored.filter((s) => s.unit.ranking?.belowNationalAverage === true);
  if (where.belowTarget && isTarget(metric))
    return scored.filter((s) => !meetsTarget(s.value, targets[metric]));
  return [...scored];
}
