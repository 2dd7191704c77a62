import {
  CONTENT_SECTIONS,
  type ContentLine,
  type ContentSections,
} from '../../contract/content-sections';
import { closestName } from '../../domain/closest-name';
import { toNfc } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';

const HEADING = /^##\s+([^\s—–-][^\s]*)/u;

/**
 * Reads the content file: "## key" starts a section, every non-empty line under it is a
 * paragraph, and text before the first heading is an editor's preamble. Reports every unknown,
 * repeated or missing section, every required one left empty (at its heading) and every inline
 * section longer than one line, at once.
 */
export function parseContent(
  text: string,
  file: string,
): { sections: ContentSections; issues: Issue[] } {
  const known = new Map(CONTENT_SECTIONS.map((s) => [s.key, s]));
  const sections = new Map<string, ContentLine[]>();
  const headingLine = new Map<string, number>();
  const issues: Issue[] = [];
  let current: ContentLine[] | null = null;
  toNfc(text.replace(/^\uFEFF/, ''))
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = i + 1;
      const heading = HEADING.exec(raw);
      if (heading) {
        const key = heading[1]!;
        current = null;
        if (!known.has(key)) {
          const suggestion = closestName(key, [...known.keys()]);
          issues.push(
            makeIssue(
              'CONTENT_SECTION_UNKNOWN',
              { key, suggestion: suggestion ?? '' },
              { file, row: line },
            ),
          );
        } else if (headingLine.has(key)) {
          issues.push(
            makeIssue(
              'CONTENT_SECTION_DUPLICATE',
              { key, other: headingLine.get(key)! },
              { file, row: line },
            ),
          );
        } else {
          headingLine.set(key, line);
          current = [];
          sections.set(key, current);
        }
        return;
      }
      const body = raw.trim();
      if (current && body) current.push({ text: body, line });
    });
  for (const s of CONTENT_SECTIONS) {
    const lines = sections.get(s.key);
    if (!lines)
      issues.push(makeIssue('CONTENT_SECTION_MISSING', { key: s.key, place: s.place }, { file }));
    else if (s.need === 'required' && lines.length === 0)
      issues.push(
        makeIssue(
          'CONTENT_SECTION_EMPTY',
          { key: s.key, place: s.place, below: headingLine.get(s.key)! + 1 },
          { file, row: headingLine.get(s.key)! },
        ),
      );
    else if (s.kind === 'inline' && lines.length > 1)
      issues.push(
        makeIssue(
          'CONTENT_INLINE_TOO_LONG',
          { key: s.key, count: lines.length },
          { file, row: lines[1]!.line },
        ),
      );
  }
  return { sections, issues };
}
