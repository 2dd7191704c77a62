import { provinceWords } from '../format/province-words';

/** A province of the 2025 list (34 after 1/7/2025). */
export interface Province {
  readonly code: string;
  /** Official name, e.g. "Lào Cai", "Thành phố Hà Nội". */
  readonly name: string;
}

export type CommuneKind = 'xa' | 'phuong' | 'dac_khu';

/** A commune-level unit of the 2025 registry (Công văn 1027/CTK-CSCL). */
export interface Commune {
  readonly code: string;
  /** Official name with its kind word, e.g. "Xã Tằng Loỏng". */
  readonly name: string;
  readonly kind: CommuneKind;
  readonly provinceCode: string;
}

/** The official registry the data is checked against; shipped in data/registry/. */
export interface Registry {
  readonly provinces: readonly Province[];
  readonly communes: readonly Commune[];
}

/**
 * The place name of a province as written in a date line (Nghị định 30/2020, Phụ lục I):
 * "Thành phố Hà Nội" → "Hà Nội", but "Thành phố Hồ Chí Minh" stays whole (named after a person).
 * @example placeName({ code: '15', name: 'Lào Cai' }) // 'Lào Cai'
 */
export function placeName(p: Province): string {
  return provinceWords(p.name).place;
}
