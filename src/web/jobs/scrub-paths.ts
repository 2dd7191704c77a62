import { sep } from 'node:path';
import type { Issue } from '../../issues/issue';
import type { Location } from '../../issues/location';

/**
 * An issue as the official sees it on a page: the server's folders taken out of its message and
 * location ("…/jobs/<id>/input/noi-dung.md" is "noi-dung.md"), so a page never shows where the
 * server keeps its files.
 */
export function scrubIssue(issue: Issue, folders: readonly string[]): Issue {
  const prefixes = folders.map((f) => (f.endsWith(sep) ? f : f + sep));
  const clean = (text: string) => prefixes.reduce((t, p) => t.split(p).join(''), text);
  const loc = issue.location;
  const location: Location | undefined = loc && {
    ...loc,
    file: clean(loc.file),
    ...(loc.detail ? { detail: clean(loc.detail) } : {}),
  };
  return { ...issue, message: clean(issue.message), ...(location ? { location } : {}) };
}

export const scrubIssues = (issues: readonly Issue[], folders: readonly string[]): Issue[] =>
  issues.map((i) => scrubIssue(i, folders));

/** A path inside a job's folder, as shown: the folder taken out. */
export function scrubPath(path: string, folders: readonly string[]): string {
  return folders.reduce((t, f) => t.split(f.endsWith(sep) ? f : f + sep).join(''), path);
}
