import { compareCivilDate } from '../../format/compare-civil-date';
import type { CivilDate } from '../../format/calendar-types';
import type { GroupDef, IndicatorSet, SubIndicatorDef } from './indicator-set';
import { SET_2025 } from './set-2025';
import { SET_2026 } from './set-2026';

export * from './indicator-set';
export { SET_2025 } from './set-2025';
export { SET_2026 } from './set-2026';

/** Every indicator set, oldest first. */
export const INDICATOR_SETS: readonly IndicatorSet[] = [SET_2025, SET_2026];

/**
 * The set in force for a reading date: the latest whose `from` is not after it; undefined
 * before the first.
 * @example setInForce({ year: 2025, month: 8, day: 25 })?.id // '2025'
 */
export function setInForce(date: CivilDate): IndicatorSet | undefined {
  return [...INDICATOR_SETS].reverse().find((s) => compareCivilDate(s.from, date) <= 0);
}

/** A group of a set by its column, or undefined when the set does not score it. */
export const groupOf = (set: IndicatorSet, column: string): GroupDef | undefined =>
  set.groups.find((g) => g.column === column);

/** Every sub-indicator of a set, with its group. */
export const subIndicatorsOf = (
  set: IndicatorSet,
): readonly { group: GroupDef; sub: SubIndicatorDef }[] =>
  set.groups.flatMap((group) => group.subIndicators.map((sub) => ({ group, sub })));

/** Every sub-indicator code any set knows, in the order of the sets. */
export const SUB_INDICATOR_CODES: readonly string[] = [
  ...new Set(INDICATOR_SETS.flatMap((s) => subIndicatorsOf(s).map((x) => x.sub.code))),
];

/** A sub-indicator of any set by its code (its definition in the latest set that has it). */
export function subIndicatorDef(code: string): SubIndicatorDef | undefined {
  for (const s of [...INDICATOR_SETS].reverse()) {
    const found = subIndicatorsOf(s).find((x) => x.sub.code === code);
    if (found) return found.sub;
  }
  return undefined;
}
