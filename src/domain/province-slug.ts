import { asciiKey } from './closest-name';
import { periodCode } from './period';
import type { Province } from './registry';
import type { Period } from '../format';

/**
 * ASCII file-name form of a province: "Lai Châu" → "lai-chau", "Thành phố Hà Nội" →
 * "ha-noi" (the kind word only lengthens the name; province names are unique without it).
 */
export function provinceSlug(p: Province): string {
  return asciiKey(p.name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^thanh-pho-/, '');
}

/**
 * Stable name of a province-and-period package, used for output folders and file names.
 * @example packageName({ code: '15', name: 'Lào Cai' }, q1) // 'lao-cai-2026-q1'
 */
export function packageName(p: Province, period: Period): string {
  return `${provinceSlug(p)}-${periodCode(period).toLowerCase()}`;
}
