import { formatDateNumeric, formatNumber } from '../../format';

/**
 * A moment as an office writes it, in the server's time zone: "14:05, 25/3/2026".
 * @example when(Date.UTC(2026, 2, 25, 7, 5)) // '14:05, 25/3/2026' on a server in Hà Nội
 */
export function when(ms: number): string {
  const d = new Date(ms);
  const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return `${hm}, ${formatDateNumeric({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() })}`;
}

/**
 * A file's size for a list of downloads: "18 KB", "1,4 MB".
 * @example fileSize(1_468_006) // '1,4 MB'
 */
export function fileSize(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1000) return `${formatNumber(Math.max(1, Math.round(kb)))} KB`;
  return `${formatNumber(kb / 1024, { decimals: 1 })} MB`;
}
