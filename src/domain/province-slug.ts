import { asciiKey } from './closest-name';
import { periodCode } from './period';
import type { Province } from './registry';
import type { Period } from '../format/calendar-types';

/**
 * ASCII file-name form of a province: "Lai Châu" → "lai-chau", "Thành phố Hà Nội" →
 * "ha-noi" (the kind word only lengthens the name; province names are unique without it).
 * Only a–z, 0–9 and single hyphens, so a name from the registry file can never make a path
 * ("/", "..", control characters); a name with no Latin letter falls back to "tinh-<code>".
 */
export function provinceSlug(p: Province): string {
  const slug = asciiKey(p.name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^thanh-pho-/, '');
  return slug || `tinh-${p.code.replace(/[^0-9]/g, '') || '0'}`;
}

/**
 * Stable name of a province-and-period package, used for output folders and file names.
 * @example packageName({ code: '15', name: 'Lào Cai' }, q1) // 'lao-cai-2026-q1'
 */
export function packageName(p: Province, period: Period): string {
  return `${provinceSlug(p)}-${periodCode(period).toLowerCase()}`;
}
