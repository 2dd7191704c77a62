import { CONTENT_SECTIONS, sectionCondition } from '../../contract/content-sections';
import { PLACEHOLDERS } from '../../catalogue';
import { makeIssue, type Issue } from '../../issues/issue';
import { compileTemplate } from '../../ooxml/compiled-template';

/** Loops of the template over the frame's lines, each line named {dong}. */
export const FRAME_LOOPS: readonly string[] = ['co_quan_ban_hanh', 'noi_nhan', 'dong'];

interface TemplateError {
  readonly properties?: {
    readonly id?: string;
    readonly xtag?: string;
    readonly explanation?: string;
    readonly file?: string;
    readonly errors?: readonly TemplateError[];
  };
  readonly message: string;
}

function templateIssues(err: unknown, file: string): Issue[] {
  const e = err as TemplateError;
  const list = e.properties?.errors ?? [e];
  return list.map((x) =>
    makeIssue(
      'TEMPLATE_ERROR',
      { tag: x.properties?.xtag ?? '?', reason: x.properties?.explanation ?? x.message },
      { file, detail: x.properties?.file },
    ),
  );
}

const KNOWN = new Set([
  ...PLACEHOLDERS.keys(),
  ...CONTENT_SECTIONS.map((s) => s.key),
  ...CONTENT_SECTIONS.filter((s) => s.need === 'heading').map((s) => sectionCondition(s.key)),
  ...FRAME_LOOPS,
]);

/**
 * Reads the report template as docxtemplater will: its syntax, and the names of its tags. A tag
 * that names no figure, text, condition or content section is an error, like a broken tag:
 * either would print nothing, or the word "undefined".
 */
export function checkTemplate(bytes: Buffer, file: string): { tags: string[]; issues: Issue[] } {
  const tags = new Set<string>();
  try {
    // Kept for the render, which fills this compile (ooxml/compiled-template.ts).
    compileTemplate(bytes, (tag) => tags.add(tag.trim()));
  } catch (err) {
    return { tags: [], issues: templateIssues(err, file) };
  }
  const issues = [...tags]
    .filter((t) => !KNOWN.has(t))
    .map((tag) =>
      makeIssue('TEMPLATE_ERROR', { tag, reason: 'không có số liệu nào mang tên này' }, { file }),
    );
  return { tags: [...tags], issues };
}
