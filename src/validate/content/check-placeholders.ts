import Handlebars from 'handlebars';
import { closestNames } from '../../domain/closest-name';
import { makeIssue, type Issue } from '../../issues/issue';
import type { ContentLine } from '../../contract/content-sections';

interface Node {
  readonly type: string;
  readonly [k: string]: unknown;
}

/** Names of the values a line reads ({{tinh}}, {{#if co_pakn}}), with their line offsets. */
function namesRead(node: unknown, out: string[]): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n) => namesRead(n, out));
  const n = node as Node;
  const path = (p: unknown) => {
    const e = p as { type?: string; original?: string };
    if (
      e?.type === 'PathExpression' &&
      e.original &&
      !e.original.startsWith('@') &&
      e.original !== 'this'
    )
      out.push(e.original);
  };
  if (n.type === 'MustacheStatement' && !(n.params as unknown[]).length) path(n.path);
  for (const key of ['params', 'program', 'inverse', 'body']) namesRead(n[key], out);
  if (n.type === 'MustacheStatement' || n.type === 'BlockStatement')
    (n.params as unknown[]).forEach(path);
}

/**
 * Checks the {{…}} of content lines: the handlebars syntax, and that every name is one the
 * documents know (`known`), with the closest known name suggested. Every problem at its line.
 */
export function checkPlaceholders(
  lines: readonly ContentLine[],
  known: readonly string[],
  file: string,
): Issue[] {
  const issues: Issue[] = [];
  for (const { text, line } of lines) {
    // Most lines are prose without a placeholder: they are not parsed.
    if (!text.includes('{{')) continue;
    let ast: hbs.AST.Program;
    try {
      ast = Handlebars.parse(text);
    } catch (err) {
      const reason = (err as Error).message.split('\n')[0] ?? '';
      issues.push(makeIssue('CONTENT_SYNTAX', { reason }, { file, row: line }));
      continue;
    }
    const read: string[] = [];
    namesRead(ast, read);
    for (const name of read.filter((r) => !known.includes(r)))
      issues.push(
        makeIssue(
          'CONTENT_PLACEHOLDER_UNKNOWN',
          {
            name,
            // "Có phải "{{tinh_xep_hang}}" hay "{{tinh_xep_loai}}"?": the closest ids, at most 3.
            suggestion: closestNames(name, known)
              .map((n) => `"{{${n}}}"`)
              .join(' hay '),
          },
          { file, row: line },
        ),
      );
  }
  return issues;
}
