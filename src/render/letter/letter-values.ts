import Handlebars from 'handlebars';
import { closestName } from '../../domain/closest-name';
import { makeIssue, type Issue } from '../../issues/issue';

/**
 * Fills {{name}} values computed from the data into the body lines of a letter (strict: an
 * unknown name is an error at its line, with the nearest name suggested). Values are inserted
 * as text and never read as a template again.
 */
export function fillLetterValues(
  lines: readonly { text: string; line: number }[],
  values: Readonly<Record<string, string>>,
  file: string,
): { lines: { text: string; line: number }[]; issues: Issue[] } {
  const names = Object.keys(values);
  const issues: Issue[] = [];
  const filled = lines.map((l) => {
    if (!l.text.includes('{{')) return l;
    const unknown = [...l.text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)]
      .map((m) => m[1]!)
      .filter((n) => !names.includes(n));
    for (const name of unknown)
      issues.push(
        makeIssue(
          'CONTENT_PLACEHOLDER_UNKNOWN',
          { name, suggestion: closestName(name, names) ?? '' },
          { file, row: l.line },
        ),
      );
    if (unknown.length > 0) return l;
    try {
      return { ...l, text: Handlebars.compile(l.text, { noEscape: true, strict: true })(values) };
    } catch (err) {
      const reason = (err as Error).message.split('\n')[0] ?? '';
      issues.push(makeIssue('CONTENT_SYNTAX', { reason }, { file, row: l.line }));
      return l;
    }
  });
  return { lines: filled, issues };
}
