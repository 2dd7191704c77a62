import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { CONTENT_SECTIONS } from '../../contract/content-sections';
import { makeIssue, type Issue } from '../../issues/issue';
import type { ContentLine } from '../../contract/content-sections';
import { docxBytes } from '../docx/package';
import { contentInline, contentParagraphs } from './content-xml';
import { dropUnusedFootnotes } from './drop-unused-footnotes';
import type { ReportView } from './report-view';

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

/** What docxtemplater is given: the view's values and each content section as Word XML. */
export function templateData(
  view: ReportView,
  content: ReadonlyMap<string, readonly ContentLine[]>,
): Record<string, unknown> {
  const data: Record<string, unknown> = { ...view };
  for (const s of CONTENT_SECTIONS) {
    const lines = content.get(s.key) ?? [];
    data[s.key] = s.kind === 'inline' ? contentInline(lines) : contentParagraphs(lines);
  }
  return data;
}

/**
 * Fills the report template with the view and the content file's sections. Every tag the
 * template names must have a value: a missing one is an issue, never the word "undefined".
 */
export function renderReport(
  template: Buffer,
  templateName: string,
  view: ReportView,
  content: ReadonlyMap<string, readonly ContentLine[]>,
  when: Date,
): { bytes: Buffer | null; issues: Issue[] } {
  const data = templateData(view, content);
  const missing = new Set<string>();
  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(new PizZip(template), {
      paragraphLoop: true,
      errorLogging: false,
      nullGetter: (part) => {
        if (part.value) missing.add(part.value);
        return '';
      },
    });
    doc.render(data);
  } catch (err) {
    return { bytes: null, issues: templateIssues(err, templateName) };
  }
  if (missing.size > 0)
    return {
      bytes: null,
      issues: [...missing].map((tag) =>
        makeIssue(
          'TEMPLATE_ERROR',
          { tag, reason: 'không có số liệu nào mang tên này' },
          { file: templateName },
        ),
      ),
    };
  const zip = doc.getZip();
  dropUnusedFootnotes(zip);
  return { bytes: docxBytes(zip, when), issues: [] };
}
