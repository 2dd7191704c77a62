import { toNfc } from '../format';

/** Lower case, NFC, single spaces: how two spellings of a name are compared. */
export function nameKey(name: string): string {
  return toNfc(name).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Lower case without diacritics: "Tằng Lỏong" and "Tằng Loỏng" become the same. */
export function asciiKey(name: string): string {
  return nameKey(name).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/**
 * Edit distance (insertions, deletions, substitutions) between two strings.
 * @example editDistance('lục yến', 'lục yên') // 1
 */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The candidate closest to `name` (edit distance, diacritics counted), or undefined when
 * nothing is reasonably close. Used to suggest an official name for a misspelt one.
 * @example closestName('Xã Tằng Lỏong', ['Xã Tằng Loỏng', 'Xã Gia Phú']) // 'Xã Tằng Loỏng'
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const key = nameKey(name);
  let best: { name: string; sameLetters: boolean; distance: number } | undefined;
  for (const c of candidates) {
    const candidate = {
      name: c,
      sameLetters: asciiKey(c) === asciiKey(name),
      distance: editDistance(key, nameKey(c)),
    };
    // A candidate with the same letters but for diacritics beats any other, then the nearest.
    if (
      !best ||
      (candidate.sameLetters && !best.sameLetters) ||
      (candidate.sameLetters === best.sameLetters && candidate.distance < best.distance)
    )
      best = candidate;
  }
  if (!best) return undefined;
  const limit = Math.max(2, Math.floor(key.length / 3));
  return best.distance <= limit ? best.name : undefined;
}

/**
 * Up to `most` candidates close to `name`, the closest first (same letters but for diacritics,
 * then edit distance), within the distance `closestName` allows: an unknown placeholder is
 * answered with the ids it may have meant ("tinh_xep_hang", "tinh_so_xep_hang", …).
 * @example closestNames('tinh_xep_hng', ['tinh_xep_hang', 'tinh_xep_loai', 'ky'])
 * // ['tinh_xep_hang', 'tinh_xep_loai']
 */
export function closestNames(name: string, candidates: readonly string[], most = 3): string[] {
  const key = nameKey(name);
  const limit = Math.max(2, Math.floor(key.length / 3));
  return candidates
    .map((c) => ({
      name: c,
      sameLetters: asciiKey(c) === asciiKey(name),
      distance: editDistance(key, nameKey(c)),
    }))
    .filter((c) => c.sameLetters || c.distance <= limit)
    .sort((a, b) => Number(b.sameLetters) - Number(a.sameLetters) || a.distance - b.distance)
    .slice(0, most)
    .map((c) => c.name);
}
