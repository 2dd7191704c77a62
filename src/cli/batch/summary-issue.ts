import { makeIssue, type Issue } from '../../issues/issue';
import type { BatchResult } from './job';

/** Lines quoted per dataset in the summary; the rest are counted. */
const FIRST_LINES = 3;

/**
 * The first `FIRST_LINES` lines as parameters `line1`…, each cut on its own by makeIssue, and
 * how many more there are (`more`). The message puts them on one line: a message never carries
 * a line break (print-issues would show it as <U+000A>).
 */
function quoted(lines: readonly string[]): Record<string, string | number> {
  const shown = lines.slice(0, FIRST_LINES);
  return {
    ...Object.fromEntries(shown.map((l, i) => [`line${i + 1}`, l])),
    more: lines.length - shown.length,
  };
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
          { count: warnings.length, ...quoted(warnings) },
          { file: r.data },
        );
  const said = r.stderr.filter(
    (l) => l.trim() !== '' && !/^(Đang |CẢNH BÁO|Tổng cộng:|\s)/.test(l),
  );
  const errors = said.filter((l) => l.startsWith('LỖI'));
  return makeIssue(
    'BATCH_DATASET_FAILED',
    { exit: r.exitCode, ...quoted(errors.length > 0 ? errors : said) },
    { file: r.data },
  );
}
