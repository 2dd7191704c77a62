import type { ReportModel } from '../../compute/report-model';
import type { FormTable } from '../../forms';
import { readContent, readTemplate } from '../../ingest/read-content';
import type { Issue } from '../../issues/issue';
import { annexDocx } from '../../render/annex/annex-docx';
import { reportDocx } from '../../render/report/report-docx';
import type { ReportView } from '../../render/report/report-view';
import { stampOf, type RenderedDocuments } from '../../render/write-package';

export interface DocumentSources {
  readonly contentPath: string;
  readonly templatePath: string;
}

/**
 * Renders the Word files in memory, before anything is written: the report (from the template
 * and the content file) and the forms annex. A dataset without dossiers (an index-766 dataset)
 * has no quarterly report.
 */
export function buildDocuments(
  model: ReportModel,
  forms: readonly FormTable[],
  sources: DocumentSources,
): { docs: RenderedDocuments; view: ReportView | null; issues: Issue[] } {
  const none = { docs: { report: null, annex: null }, view: null };
  if (model.dossiers === null) return { ...none, issues: [] };
  const content = readContent(sources.contentPath);
  const template = readTemplate(sources.templatePath);
  const issues = [content, template].filter((x): x is Issue => 'code' in x);
  if (!('text' in content) || !('bytes' in template)) return { ...none, issues };
  const report = reportDocx({
    model,
    content: content.text,
    contentFile: sources.contentPath,
    template: template.bytes,
    templateFile: sources.templatePath,
    when: stampOf(model),
  });
  return {
    docs: { report: report.bytes, annex: annexDocx(forms, model, stampOf(model)) },
    view: report.view,
    issues: report.issues,
  };
}
