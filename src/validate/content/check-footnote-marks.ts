import {
  CONTENT_FOOTNOTES,
  CONTENT_SECTIONS,
  type ContentSections,
} from '../../contract/content-sections';
import { makeIssue, type Issue } from '../../issues/issue';

const FOOTNOTE_MARK = /\[\^([^\]]*)\]/g;

/**
 * The footnote marks of the content file: only those the content file may place
 * (CONTENT_FOOTNOTES), only in block sections, each once. Returns the marks placed.
 */
export function checkFootnoteMarks(
  sections: ContentSections,
  file: string,
): { placed: Set<string>; issues: Issue[] } {
  const placed = new Map<string, number>();
  const issues: Issue[] = [];
  for (const [key, lines] of sections) {
    const block = CONTENT_SECTIONS.find((s) => s.key === key)?.kind === 'block';
    for (const { text, line } of lines)
      for (const m of text.matchAll(FOOTNOTE_MARK)) {
        const mark = m[1]!;
        if (!block || !CONTENT_FOOTNOTES.includes(mark))
          issues.push(
            makeIssue(
              'CONTENT_FOOTNOTE_UNKNOWN',
              { key: mark, allowed: CONTENT_FOOTNOTES.map((f) => `[^${f}]`).join(', ') },
              { file, row: line },
            ),
          );
        else if (placed.has(mark))
          issues.push(
            makeIssue(
              'CONTENT_FOOTNOTE_REPEATED',
              { key: mark, other: placed.get(mark)! },
              { file, row: line },
            ),
          );
        else placed.set(mark, line);
      }
  }
  return { placed: new Set(placed.keys()), issues };
}
