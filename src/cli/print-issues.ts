import type { Issue } from '../issues/issue';
import { formatLocation } from '../issues/location';
import { visible } from '../issues/visible';

const LABEL = { error: 'LỖI', warning: 'CẢNH BÁO' } as const;

/**
 * The one place that prints issues: every problem with its code, location and message,
 * then a count. Returns the exit code they imply (1 when any error, else 0).
 */
export function printIssues(
  issues: readonly Issue[],
  write: (line: string) => void = console.error,
): number {
  for (const i of issues) {
    const where = i.location ? `${formatLocation(i.location)}: ` : '';
    // Locations quote headers and file names as written: nothing in them may drive the terminal.
    write(visible(`${LABEL[i.severity]} [${i.code}] ${where}${i.message}`));
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  if (issues.length > 0) write(`Tổng cộng: ${errors} lỗi, ${warnings} cảnh báo.`);
  return errors > 0 ? 1 : 0;
}
