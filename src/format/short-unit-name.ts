import { toNfc } from './to-nfc';
import { stripKindWord, type UnitKind } from './unit-name';

const AGENCY_WORD = /^sở\s+/iu;

/**
 * Names a unit without its kind word, as a list printed under one heading does ("Các sở,
 * ngành: Nông nghiệp và Môi trường …", "UBND các xã: Lục Yên …"). Only "Sở" is dropped from
 * agencies: "Công an tỉnh" or "Ban Quản lý Khu kinh tế" have no shorter form.
 *
 * @example
 * shortUnitName('agency', 'Sở Nông nghiệp và Môi trường') //=> 'Nông nghiệp và Môi trường'
 * shortUnitName('agency', 'Công an tỉnh') //=> 'Công an tỉnh'
 * shortUnitName('xa', 'Xã Lục Yên') //=> 'Lục Yên'
 */
export function shortUnitName(kind: UnitKind, name: string): string {
  if (kind !== 'agency') return stripKindWord(name);
  return toNfc(name).trim().replace(AGENCY_WORD, '');
}
