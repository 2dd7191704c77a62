import { formatNumber } from './format-number';

const MEGABYTE = 1024 * 1024;

/**
 * Writes a file size in whole megabytes, rounded up, so that a file just over a limit never
 * reads as equal to it ("201 MB" against "200 MB"). Thousands take a dot, and a small size
 * no leading zero: a size is not a count of things.
 *
 * @example
 * formatMegabytes(201 * 1024 * 1024) //=> '201 MB'
 * formatMegabytes(200 * 1024 * 1024 + 1) //=> '201 MB'
 * formatMegabytes(5_000) //=> '1 MB'
 * formatMegabytes(1500 * 1024 * 1024) //=> '1.500 MB'
 */
export function formatMegabytes(bytes: number): string {
  return `${formatNumber(Math.ceil(bytes / MEGABYTE))} MB`;
}
