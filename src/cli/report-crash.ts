import { errnoCode, ioReason } from '../issues/io-reason';
import { makeIssue } from '../issues/issue';
import { printIssues } from './print-issues';

/** Exit code of a failure of the program itself, distinct from 1 (data) and 2 (usage). */
export const INTERNAL_EXIT = 3;

const ACTION: Readonly<Record<string, string>> = {
  open: 'mở tệp',
  read: 'đọc tệp',
  write: 'ghi tệp',
  mkdir: 'tạo thư mục',
  rename: 'chuyển thư mục',
  rmdir: 'xóa thư mục tạm',
  rm: 'xóa thư mục tạm',
  unlink: 'xóa tệp tạm',
  copyfile: 'chép tệp',
  scandir: 'đọc thư mục',
};

/**
 * Reports an exception no command turned into an issue. A file-system error (disk full, no
 * permission, file open in Word) is the user's to fix: its Vietnamese reason, exit 1. Anything
 * else is a bug: INTERNAL_ERROR, exit 3. The stack is printed only with --debug.
 */
export function reportCrash(err: unknown, debug: boolean, write = console.error): number {
  const code = errnoCode(err);
  const e = err as { syscall?: string; path?: string; name?: string; stack?: string };
  const issue = code
    ? makeIssue('FILE_SYSTEM_ERROR', {
        action: ACTION[e.syscall ?? ''] ?? 'truy cập',
        path: e.path ?? '',
        reason: ioReason(err),
      })
    : makeIssue('INTERNAL_ERROR', { name: e.name ?? typeof err });
  printIssues([issue], write);
  if (debug) write(e.stack ?? String(err));
  return code ? 1 : INTERNAL_EXIT;
}
