import {
  DEFAULT_TARGETS,
  TARGET_INDICATORS,
  type TargetIndicator,
  type Targets,
} from '../contract/targets';
import type { CivilDate } from '../format/calendar-types';
import type { UnitGroup, UnitKind } from '../domain/dataset';
import { indicatorValue } from './indicator-value';
import type { UnitIndicators } from './indicators';

/**
 * Whether a rate meets its minimum, read the way the documents print it: to two decimals
 * ("tối thiểu 65%": 65 meets it; 64,999 prints as 65,00 and meets it too, or an annex would
 * show "65,00" in bold as a miss).
 * @example meetsTarget(64.999, 65) // true
 */
export const meetsTarget = (value: number, target: number): boolean =>
  Math.round(value * 100) / 100 >= target;

/** One indicator of one unit against its minimum. */
export interface TargetCheck {
  readonly indicator: TargetIndicator;
  readonly target: number;
  /** Null when the unit's cell is blank: neither met nor missed. */
  readonly value: number | null;
  readonly met: boolean | null;
}

/** A unit's standing against every target (seed 001), in the order of TARGET_INDICATORS. */
export interface UnitCompliance {
  readonly unitId: string;
  readonly name: string;
  readonly displayName: string;
  readonly kind: UnitKind;
  readonly group: UnitGroup;
  /** Date of the unit's latest indicators, which the checks use. */
  readonly asOf: CivilDate;
  readonly checks: readonly TargetCheck[];
  /** The targets the unit falls short of. */
  readonly missed: readonly TargetIndicator[];
}

/**
 * Compares each unit's latest indicators with the targets (`meetsTarget`). Units keep the
 * order of the indicators (DonVi order).
 */
export function computeCompliance(
  indicators: readonly UnitIndicators[],
  targets: Targets = DEFAULT_TARGETS,
): UnitCompliance[] {
  return indicators.map((u) => {
    const checks = TARGET_INDICATORS.map((indicator): TargetCheck => {
      const value = indicatorValue(u, indicator);
      const target = targets[indicator];
      return { indicator, target, value, met: value === null ? null : meetsTarget(value, target) };
    });
    return {
      unitId: u.unitId,
      name: u.name,
      displayName: u.displayName,
      kind: u.kind,
      group: u.group,
      asOf: u.asOf,
      checks,
      missed: checks.filter((c) => c.met === false).map((c) => c.indicator),
    };
  });
}
