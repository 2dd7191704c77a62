import { toNfc } from '../format';

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * A text with its tone marks put where the old style puts them in the syllables ending "oa",
 * "oe", "uy" ("hoá" → "hóa", "Uỷ" → "Ủy", "khoẻ" → "khỏe"): both placements are accepted
 * spellings of the same word, while a tone on another letter ("Lỏong" for "Loỏng") stays a
 * different spelling. Case is kept.
 * @example tonePlacementKey('Sở Văn hoá') === tonePlacementKey('Sở Văn hóa') // true
 */
export function tonePlacementKey(text: string): string {
  const nfd = toNfc(text).normalize('NFD');
  return nfd
    .replace(/[\p{L}\p{M}]+/gu, (word) => {
      const tone = TONE.exec(word)?.[0];
      if (!tone) return word;
      const bare = word.replace(TONE, '');
      const end = /(?<![qQ])(?:[oO][aAeE]|[uU][yY])$/u.exec(bare);
      if (!end) return word;
      return bare.slice(0, end.index + 1) + tone + bare.slice(end.index + 1);
    })
    .normalize('NFC');
}

/**
 * How two spellings of a name are compared in running text: NFC, single spaces, either tone
 * placement, lower case.
 * @example looseKey('Sở Công thương') === looseKey('Sở Công Thương') // true
 */
export function looseKey(text: string): string {
  return tonePlacementKey(text).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}
