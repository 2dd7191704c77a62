import Handlebars from 'handlebars';
import { CONTENT_FOOTNOTES, CONTENT_SECTIONS } from '../../contract/content-sections';
import { closestName } from '../../domain/closest-name';
import { makeIssue, type Issue } from '../../issues/issue';
import type { ContentLine, ContentSections } from '../../contract/content-sections';
import { literal } from './literal-text';
import type { ReportView } from './report-view';

const FOOTNOTE_MARK = /\[\^([^\]]*)\]/g;

interface Node {
  readonly type: string;
  readonly [k: string]: unknown;
}

/** Names of the values a line reads ({{tinh}}, {{#if co_pakn}}), with their line offsets. */
function namesRead(node: unknown, out: { name: string; line: number }[]): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n) => namesRead(n, out));
  const n = node as Node;
  const path = (p: unknown) => {
    const e = p as { type?: string; original?: string; loc?: { start: { line: number } } };
    if (
      e?.type === 'PathExpression' &&
      e.original &&
      !e.original.startsWith('@') &&
      e.original !== 'this'
    )
      out.push({ name: e.original, line: e.loc?.start.line ?? 1 });
  };
  if (n.type === 'MustacheStatement' && !(n.params as unknown[]).length) path(n.path);
  for (const key of ['params', 'program', 'inverse', 'body']) namesRead(n[key], out);
  if (n.type === 'MustacheStatement' || n.type === 'BlockStatement')
    (n.params as unknown[]).forEach(path);
}

/**
 * Fills the data values into the content file's sections ({{hs_tiep_nhan}} → "176.319") with
 * handlebars: values are inserted as text and never read again as a template. Reports, at once,
 * every unknown name, syntax error and misplaced footnote mark, each at its line.
 */
export function fillContent(
  sections: ContentSections,
  view: ReportView,
  file: string,
): { filled: Map<string, ContentLine[]>; issues: Issue[]; footnotesPlaced: Set<string> } {
  const names = Object.keys(view).filter((k) => typeof view[k] !== 'object');
  // Filled in as literal text: the Markdown of a line is the official's, never the data's.
  const values = Object.fromEntries(
    Object.entries(view).map(([k, v]) => [k, typeof v === 'string' && v !== '' ? literal(v) : v]),
  );
  const issues: Issue[] = [];
  const placed = new Map<string, number>();
  const filled = new Map<string, ContentLine[]>();
  for (const [key, lines] of sections) {
    const block = CONTENT_SECTIONS.find((s) => s.key === key)?.kind === 'block';
    filled.set(
      key,
      lines.map(({ text, line }) => {
        // Most lines are prose without a placeholder: handlebars would give them back as
        // they are, so they are neither parsed nor compiled (a third of the report's render).
        const prose = !text.includes('{{');
        let ast: hbs.AST.Program | null = null;
        try {
          if (!prose) ast = Handlebars.parse(text);
        } catch (err) {
          const reason = (err as Error).message.split('\n')[0] ?? '';
          issues.push(makeIssue('CONTENT_SYNTAX', { reason }, { file, row: line }));
          return { text, line };
        }
        const read: { name: string; line: number }[] = [];
        namesRead(ast, read);
        const unknown = read.filter((r) => !names.includes(r.name));
        for (const u of unknown)
          issues.push(
            makeIssue(
              'CONTENT_PLACEHOLDER_UNKNOWN',
              { name: u.name, suggestion: closestName(u.name, names) ?? '' },
              { file, row: line },
            ),
          );
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
        if (unknown.length > 0 || !ast) return { text, line };
        const render = Handlebars.compile(ast, {
          noEscape: true,
          strict: true,
          knownHelpersOnly: true,
        });
        return { text: render(values), line };
      }),
    );
  }
  return { filled, issues, footnotesPlaced: new Set(placed.keys()) };
}
