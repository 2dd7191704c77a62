import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { formatMegabytes } from '../format';
import { ioReason } from '../issues/io-reason';
import { makeIssue, type Issue } from '../issues/issue';
import type { Location } from '../issues/location';

const NOT_A_REGULAR_FILE =
  'đây không phải tệp dữ liệu thông thường (có thể là ống dẫn hoặc thiết bị)';

/**
 * Why a file given by the official cannot be read, or null when it can: it must be a regular
 * file (a named pipe or a device such as /dev/zero would be waited on, or read, for ever) of
 * at most `limit` bytes. Links are followed.
 */
export function inputFileProblem(path: string, limit: number, at: Location): Issue | null {
  try {
    const stat = statSync(path);
    if (stat.isDirectory())
      return makeIssue('FILE_UNREADABLE', { reason: ioReason({ code: 'EISDIR' }) }, at);
    if (!stat.isFile()) return makeIssue('FILE_UNREADABLE', { reason: NOT_A_REGULAR_FILE }, at);
    if (stat.size > limit)
      return makeIssue(
        'FILE_TOO_LARGE',
        { size: formatMegabytes(stat.size), limit: formatMegabytes(limit) },
        at,
      );
    return null;
  } catch (err) {
    return makeIssue('FILE_UNREADABLE', { reason: ioReason(err) }, at);
  }
}

/**
 * The bytes of a file given by the official, or the issue saying why they are not read. Reads
 * no more than `limit` bytes even if the file grows while it is read.
 */
export function readInputFile(path: string, limit: number, at: Location): Buffer | Issue {
  const problem = inputFileProblem(path, limit, at);
  if (problem) return problem;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = Math.min(statSync(path).size, limit);
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === size ? bytes : bytes.subarray(0, read);
  } catch (err) {
    return makeIssue('FILE_UNREADABLE', { reason: ioReason(err) }, at);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
