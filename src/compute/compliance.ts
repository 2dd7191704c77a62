import {
  DEFAULT_TARGETS,
  TARGET_INDICATORS,
  type TargetIndicator,
  type Targets,
} from '../contract/targets';
import type { UnitGroup, UnitKind } from '../validate/dataset';
import { indicatorValue } from './indicator-value';
import type { UnitIndicators } from './indicators';

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
  readonly checks: readonly TargetCheck[];
  /** The targets the unit falls short of. */
  readonly missed: readonly TargetIndicator[];
}

/**
 * Compares each unit's latest indicators with the targets ("tối thiểu 65%": a value equal to
 * the target meets it). Units keep the order of the indicators (DonVi order).
 */
export function computeCompliance(
  indicators: readonly UnitIndicators[],
  targets: Targets = DEFAULT_TARGETS,
): UnitCompliance[] {
  return indicators.map((u) => {
    const checks = TARGET_INDICATORS.map((indicator): TargetCheck => {
      const value = indicatorValue(u, indicator);
      const target = targets[indicator];
      return { indicator, target, value, met: value === null ? null : value >= target };
    });
    return {
      unitId: u.unitId,
      name: u.name,
      displayName: u.displayName,
      kind: u.kind,
      group: u.group,
      checks,
      missed: checks.filter((c) => c.met === false).map((c) => c.indicator),
    };
  });
}
