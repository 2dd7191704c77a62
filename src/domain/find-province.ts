import { asciiKey, closestName, nameKey } from './closest-name';
import type { Province, Registry } from './registry';

const stripPrefix = (name: string) => nameKey(name).replace(/^(tỉnh|thành phố|tp\.?)\s+/, '');

/**
 * Finds a province by official code ("15", "1" for "01") or by name, with or without
 * "Tỉnh"/"Thành phố", with or without diacritics.
 * @example findProvince(registry, 'lao cai') // { code: '15', name: 'Lào Cai' }
 */
export function findProvince(registry: Registry, query: string): Province | undefined {
  const q = query.trim();
  if (/^\d{1,2}$/.test(q)) return registry.provinces.find((p) => p.code === q.padStart(2, '0'));
  const key = stripPrefix(q);
  return (
    registry.provinces.find((p) => stripPrefix(p.name) === key) ??
    registry.provinces.find((p) => asciiKey(stripPrefix(p.name)) === asciiKey(key))
  );
}

/** The official name closest to a province that was not found, for the error message. */
export function suggestProvince(registry: Registry, query: string): string | undefined {
  return closestName(
    query,
    registry.provinces.map((p) => p.name),
  );
}
