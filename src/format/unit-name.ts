import { toNfc } from './to-nfc';

/** Kinds of commune-level administrative units. */
export type CommuneKind = 'xa' | 'phuong' | 'dac_khu';

/** Kinds of units a report can mention: a provincial agency or a commune-level unit. */
export type UnitKind = 'agency' | CommuneKind;

/** Lower-case kind words as they appear inside a sentence. */
export const COMMUNE_KIND_WORDS: Readonly<Record<CommuneKind, string>> = {
  xa: 'xã',
  phuong: 'phường',
  dac_khu: 'đặc khu',
};

const KIND_WORD_PREFIX = /^(?:xã|phường|đặc khu)\s+/iu;

/**
 * Names a unit in running text. Commune-level units are named through their
 * People's Committee ("UBND"), which is the body a report addresses; agencies
 * are already named by their full name.
 *
 * @example
 * unitMention('xa', 'Lục Yên') //=> 'UBND xã Lục Yên'
 * unitMention('dac_khu', 'Phú Quốc') //=> 'UBND đặc khu Phú Quốc'
 * unitMention('agency', 'Sở Tư pháp') //=> 'Sở Tư pháp'
 */
export function unitMention(kind: UnitKind, name: string): string {
  const text = kind === 'agency' ? name : `UBND ${COMMUNE_KIND_WORDS[kind]} ${name}`;
  return toNfc(text.trim());
}

/**
 * Removes a leading kind word from an official unit name (any case, NFC or NFD
 * input); names without one are returned unchanged apart from trimming.
 *
 * @example
 * stripKindWord('Xã Tằng Loỏng') //=> 'Tằng Loỏng'
 * stripKindWord('Đặc khu Côn Đảo') //=> 'Côn Đảo'
 */
export function stripKindWord(officialName: string): string {
  return toNfc(officialName).trim().replace(KIND_WORD_PREFIX, '');
}
