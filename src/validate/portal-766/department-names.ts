import { looseKey } from '../../domain/spelling-key';

/**
 * A department's name as the portal writes it, without what the dataset does not write:
 * "UBND " before a commune, " - Tỉnh Phú Thọ" after many names.
 * @example portalName('UBND xã Lâm Thao - Tỉnh Phú Thọ') // 'xã Lâm Thao'
 * @example portalName('Sở Công Thương - Tỉnh Phú Thọ') // 'Sở Công Thương'
 */
export function portalName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\s+-\s+(tỉnh|thành phố)\s+.+$/iu, '')
    .replace(/^UBND\s+/iu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An agency's name for a new DonVi row, when the registry of agencies does not have it: the
 * portal's, with "tỉnh" in lower case inside a name and "Ban Quản lý" as agencies write it.
 * @example agencyName('Văn phòng UBND Tỉnh', []) // 'Văn phòng UBND tỉnh'
 * @example agencyName('Sở Nông Nghiệp và Môi Trường', ['Sở Nông nghiệp và Môi trường'])
 * // 'Sở Nông nghiệp và Môi trường'
 */
export function agencyName(name: string, official: readonly string[]): string {
  const known = official.find((o) => looseKey(o) === looseKey(name));
  if (known) return known;
  return name
    .replace(/(?<=\S\s)Tỉnh(?=\s|$)/gu, 'tỉnh')
    .replace(/^Ban quản lý(?=\s|$)/u, 'Ban Quản lý');
}
