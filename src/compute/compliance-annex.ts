import { TARGET_INDICATORS, type TargetIndicator, type Targets } from '../contract/targets';
import { compareCivilDate } from '../format';
import type { CivilDate } from '../format/calendar-types';
import type { UnitGroup } from '../domain/dataset';
import { computeCompliance, type UnitCompliance } from './compliance';
import type { UnitIndicators } from './indicators';

/** How many units of a group fall short of each target, and how many have a figure for it. */
export interface ShortfallCount {
  readonly indicator: TargetIndicator;
  readonly missed: number;
  readonly measured: number;
}

/** The compliance of one group's units, in DonVi order, and the group's shortfall counts. */
export interface ComplianceTable {
  readonly group: UnitGroup;
  readonly units: readonly UnitCompliance[];
  readonly shortfalls: readonly ShortfallCount[];
}

/** What the compliance annex shows (seed 001's targets per unit). */
export interface ComplianceAnnex {
  /** The latest date of the indicators shown. */
  readonly asOf: CivilDate;
  readonly targets: Targets;
  /** Agencies, then communes; a group without indicators has no table. */
  readonly tables: readonly ComplianceTable[];
}

const GROUPS: readonly UnitGroup[] = ['so_nganh', 'xa_phuong'];

/**
 * Each unit's latest indicators against the targets, per group, with the count of units
 * below each target. Null when the data has no per-unit indicators.
 */
export function complianceAnnex(
  indicators: readonly UnitIndicators[],
  targets: Targets,
): ComplianceAnnex | null {
  if (indicators.length === 0) return null;
  const asOf = indicators
    .map((u) => u.asOf)
    .reduce((a, b) => (compareCivilDate(a, b) >= 0 ? a : b));
  const all = computeCompliance(indicators, targets);
  const tables = GROUPS.map((group) => {
    const units = all.filter((u) => u.group === group);
    const shortfalls = TARGET_INDICATORS.map((indicator, i) => ({
      indicator,
      missed: units.filter((u) => u.checks[i]!.met === false).length,
      measured: units.filter((u) => u.checks[i]!.met !== null).length,
    }));
    return { group, units, shortfalls };
  }).filter((t) => t.units.length > 0);
  return { asOf, targets, tables };
}
