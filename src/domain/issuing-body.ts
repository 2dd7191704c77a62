import { provinceWords } from '../format/province-words';
import type { Province } from './registry';

/**
 * The province's People's Committee as printed in a document header, one entry per line.
 * "Thành phố Hà Nội" already carries its kind word; a tỉnh does not.
 * @example issuingBodyLines({ code: '15', name: 'Lào Cai' }) // ['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI']
 */
export function issuingBodyLines(p: Province): [string, string] {
  return ['ỦY BAN NHÂN DÂN', provinceWords(p.name).headerLine];
}
