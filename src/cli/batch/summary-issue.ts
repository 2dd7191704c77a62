import { makeIssue, type Issue } from '../../issues/issue';
import type { BatchResult } from './job';

/** Lines quoted per dataset in the summary; the rest are counted. */
const FIRST_LINES = 3;

/**
 * The first `FIRST_LINES` lines on one line, separated by " | ", and how many more there are.
 * One line: a message never carries a line break (print-issues would show it as <U+000A>).
 */
function quoted(lines: readonly string[]): string {
  const shown = lines.slice(0, FIRST_LINES).join(' | ');
  const more = lines.length - Math.min(lines.length, FIRST_LINES);
  return more > 0
    ? `${shown} | … và ${more} dòng khác (tthc build --data <bộ dữ liệu> cho xem hết)`
    : shown;
}

/**
 * What the summary says of one dataset, or null when it went through silently. A failure
 * quotes its first errors as `tthc build` printed them or, when the build stopped without
 * listing errors (folder already there, a crash), the lines saying why; progress lines and
 * stack frames are left out. A success with warnings quotes its first warnings.
 */
export function summaryIssue(r: BatchResult): Issue | null {
  const warnings = r.stderr.filter((l) => l.startsWith('CẢNH BÁO'));
  if (r.exitCode === 0)
    return warnings.length === 0
      ? null
      : makeIssue(
          'BATCH_DATASET_WARNINGS',
          { count: warnings.length, reasons: quoted(warnings) },
          { file: r.data },
        );
  const said = r.stderr.filter(
    (l) => l.trim() !== '' && !/^(Đang |CẢNH BÁO|Tổng cộng:|\s)/.test(l),
  );
  const errors = said.filter((l) => l.startsWith('LỖI'));
  return makeIssue(
    'BATCH_DATASET_FAILED',
    { exit: r.exitCode, reasons: quoted(errors.length > 0 ? errors : said) },
    { file: r.data },
  );
}
