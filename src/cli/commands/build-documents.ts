import type { ReportModel } from '../../compute/report-model';
import type { FormTable } from '../../forms';
import { readContent, readTemplate } from '../../ingest/read-content';
import type { Issue } from '../../issues/issue';
import { annexDocx } from '../../render/annex/annex-docx';
import { rankingAnnexDocx } from '../../render/ranking/ranking-docx';
import { rankingAnnexWorkbook } from '../../render/ranking/ranking-workbook';
import { reportDocx } from '../../render/report/report-docx';
import type { ReportView } from '../../render/report/report-view';
import { stampOf, type RenderedDocuments } from '../../render/write-package';

export interface DocumentSources {
  readonly contentPath: string;
  readonly templatePath: string;
}

/**
 * Renders the documents in memory, before anything is written: the report (from the template
 * and the content file) and the forms annex when the data has dossiers; the index-766 ranking
 * annex (Word and workbook) when it has index readings.
 */
export async function buildDocuments(
  model: ReportModel,
  forms: readonly FormTable[],
  sources: DocumentSources,
): Promise<{ docs: RenderedDocuments; view: ReportView | null; issues: Issue[] }> {
  const ranking = model.index766?.province
    ? {
        ranking: rankingAnnexDocx(model, stampOf(model)),
        rankingWorkbook: await rankingAnnexWorkbook(model, stampOf(model)),
      }
    : { ranking: null, rankingWorkbook: null };
  const none = { docs: { report: null, annex: null, ...ranking }, view: null };
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
    docs: { report: report.bytes, annex: annexDocx(forms, model, stampOf(model)), ...ranking },
    view: report.view,
    issues: report.issues,
  };
}
