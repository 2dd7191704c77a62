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
  // Two rows of the table, reused: the rows as lists made anew cost more than the arithmetic
  // for the long paragraphs the Nghị định 30 check compares with Quốc hiệu.
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `name` (edit distance, diacritics counted), or undefined when
 * nothing is reasonably close. Used to suggest an official name for a misspelt one.
 * @example closestName('Xã Tằng Lỏong', ['Xã Tằng Loỏng', 'Xã Gia Phú']) // 'Xã Tằng Loỏng'
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const key = nameKey(name);
  let best: { name: string; sameLetters: boolean; distance: number } | undefined;
  const limit = Math.max(2, Math.floor(key.length / 3));
  for (const c of candidates) {
    const other = nameKey(c);
    // Lengths further apart than the limit put the distance beyond it: the candidate cannot be
    // the answer, and its exact distance does not matter (a paragraph of a page against Quốc
    // hiệu, say).
    const beyond = Math.abs(key.length - other.length) > limit;
    const candidate = {
      name: c,
      sameLetters: asciiKey(c) === asciiKey(name),
      distance: beyond ? limit + 1 : editDistance(key, other),
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
