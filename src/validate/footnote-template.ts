import Handlebars from 'handlebars';
import {
  BUILTIN_HELPERS,
  FOOTNOTE_HELPERS,
  LIST_HELPERS,
  type FootnoteList,
} from '../contract/footnote-rules';

interface Node {
  readonly type: string;
  readonly [k: string]: unknown;
}

const HELPERS: readonly string[] = [...FOOTNOTE_HELPERS, ...BUILTIN_HELPERS];
const isNode = (v: unknown): v is Node =>
  typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';
const pathName = (v: unknown): string | undefined =>
  isNode(v) && v.type === 'PathExpression' ? (v.original as string) : undefined;

/**
 * Problems of one rule's template found before any data is read: syntax, calls to helpers
 * that do not exist, list helpers naming no list of the rule, `part` outside `join`.
 * Returns them all, in Vietnamese, each with its line in the template.
 */
export function checkTemplate(
  template: string,
  lists: Readonly<Record<string, FootnoteList>>,
): string[] {
  let ast: unknown;
  try {
    ast = Handlebars.parse(template);
  } catch (err) {
    return [`sai cú pháp: ${(err as Error).message.split('\n')[0] ?? ''}`];
  }
  const problems: string[] = [];
  const visit = (node: unknown, inJoin: boolean): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, inJoin));
    if (!isNode(node)) return;
    const line = (node.loc as { start: { line: number } } | undefined)?.start.line ?? 1;
    const at = ` (dòng ${line} của mẫu câu)`;
    const params = (node.params as unknown[] | undefined) ?? [];
    const isCall =
      node.type === 'BlockStatement' ||
      node.type === 'SubExpression' ||
      (node.type === 'MustacheStatement' && (params.length > 0 || node.hash !== undefined));
    const name = pathName(node.path);
    if (isCall && name !== undefined && !HELPERS.includes(name))
      problems.push(`không có hàm "${name}"; dùng: ${HELPERS.join(', ')}${at}`);
    const optional = name === 'part' && params.length === 0;
    if (name !== undefined && (LIST_HELPERS as readonly string[]).includes(name) && !optional) {
      const listName = pathName(params[0]);
      const list = listName === undefined ? undefined : lists[listName];
      if (list === undefined)
        problems.push(
          `"${name}" cần tên một danh sách của quy tắc (${Object.keys(lists).join(', ')})${at}`,
        );
      else if (name === 'grouped' && list.group === 'both')
        problems.push(`"grouped" cần danh sách một nhóm; "${listName}" có group: both${at}`);
    }
    if (name === 'part' && !inJoin) problems.push(`"part" chỉ dùng bên trong "join"${at}`);
    const nextInJoin = inJoin || name === 'join';
    for (const key of ['body', 'program', 'inverse', 'params']) visit(node[key], nextInJoin);
    if (isNode(node.hash)) visit(node.hash.pairs, nextInJoin);
    if (node.type === 'HashPair') visit(node.value, nextInJoin);
  };
  visit(ast, false);
  return problems;
}
