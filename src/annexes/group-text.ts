import { AVERAGE_GROUPS } from '../contract/tables';
import type { UnitGroup } from '../domain/dataset';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "I. CÁC SỞ, BAN, NGÀNH", "II. CÁC XÃ, PHƯỜNG": the contract's group names, numbered. */
export function groupHeading(group: UnitGroup, index: number): string {
  const label = AVERAGE_GROUPS.find((g) => g.value === group)!.label;
  return `${ROMAN[index] ?? index + 1}. ${label.toLocaleUpperCase('vi')}`;
}

/** Sheet name of a group: "Sở, ban, ngành", "Xã, phường". */
export const sheetName = (group: UnitGroup): string =>
  group === 'so_nganh' ? 'Sở, ban, ngành' : 'Xã, phường';
