import { CONTENT_FOOTNOTES } from '../../contract/content-sections';
import type { ReportModel } from '../../compute/report-model';
import { makeIssue, type Issue } from '../../issues/issue';
import { parseContent } from '../../validate/content/parse-content';
import { fillContent } from './fill-content';
import { footnotesView } from './footnotes-view';
import { renderReport } from './render-report';
import { reportView, type ReportView } from './report-view';

export interface ReportInput {
  readonly model: ReportModel;
  /** Text of the content file (noi-dung.md) and the name to show in messages. */
  readonly content: string;
  readonly contentFile: string;
  readonly template: Buffer;
  readonly templateFile: string;
  /** Time stamp of the zip entries: the report date, so equal input gives equal bytes. */
  readonly when: Date;
}

/**
 * The quarterly report as a Word file: the model's figures and lists, the content file's prose,
 * poured into the template. Returns every problem found on the way, at once; no bytes when one
 * of them is an error.
 */
export function reportDocx(input: ReportInput): {
  bytes: Buffer | null;
  view: ReportView;
  issues: Issue[];
} {
  const { view, missing } = reportView(input.model);
  const issues: Issue[] = missing.map((field) =>
    makeIssue(
      'REPORT_FIGURE_MISSING',
      { field },
      { file: 'SoLieu', table: 'SoLieu', detail: field },
    ),
  );
  const parsed = parseContent(input.content, input.contentFile);
  issues.push(...parsed.issues);
  const filled = fillContent(parsed.sections, view, input.contentFile);
  issues.push(...filled.issues);
  const texts = footnotesView(input.model);
  for (const key of CONTENT_FOOTNOTES) {
    const count = key === 'dia_gioi' ? input.model.documents.boundaryFree.length : 0;
    if (count > 0 && !filled.footnotesPlaced.has(key) && texts.chu_thich_dia_gioi)
      issues.push(
        makeIssue('CONTENT_FOOTNOTE_UNPLACED', { key, count }, { file: input.contentFile }),
      );
  }
  if (issues.some((i) => i.severity === 'error')) return { bytes: null, view, issues };
  const rendered = renderReport(
    input.template,
    input.templateFile,
    view,
    filled.filled,
    input.when,
  );
  return { bytes: rendered.bytes, view, issues: [...issues, ...rendered.issues] };
}
