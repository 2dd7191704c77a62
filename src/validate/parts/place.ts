import type { Location } from '../../issues/location';

/**
 * A place in another dataset (a quarter, the previous period), named with its path: its files
 * have this period's names ("HoSo.csv"), which alone would point at the wrong file.
 * @example placeIn('du-lieu-q1/', { file: 'HoSo.csv', row: 2 }) // { file: 'du-lieu-q1/HoSo.csv', row: 2 }
 */
export function placeIn<L extends Location>(path: string, loc: L): L {
  const base = path.replace(/[\\/]+$/, '');
  if (base === '') return loc;
  return { ...loc, file: base.endsWith(loc.file) ? base : `${base}/${loc.file}` };
}
