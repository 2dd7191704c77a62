/**
 * The last part of a name as a browser or a zip gives it, whatever its separators.
 * @example baseName('..\\..\\windows/du-lieu.xlsx') // 'du-lieu.xlsx'
 */
export const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? '';

/**
 * The extension of an uploaded file's name, lower case with its dot ('' when none).
 * @example extensionOf('Du lieu.XLSX') // '.xlsx'
 */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(baseName(name));
  return m ? `.${m[1]!.toLowerCase()}` : '';
}

/**
 * A file name made from the name an official gave, for the server to store the upload under:
 * the last part only, letters without their marks, a–z, 0–9 and single hyphens, at most 80
 * characters. "Dữ liệu Lào Cai Q1/2026.xlsx" keeps its sense ("du-lieu-lao-cai-q1-2026"), so the
 * check that a dataset's name matches its province still works; "../../etc/passwd" is
 * "passwd" and can only ever name a file inside the job's own folder.
 * @example safeStem('Dữ liệu Lào Cai 2026-Q1.xlsx', 'du-lieu') // 'du-lieu-lao-cai-2026-q1'
 * @example safeStem('../../.xlsx', 'du-lieu') // 'du-lieu'
 */
export function safeStem(name: string, fallback: string): string {
  const stem = baseName(name).replace(/\.[A-Za-z0-9]{1,8}$/, '');
  const slug = stem
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}
