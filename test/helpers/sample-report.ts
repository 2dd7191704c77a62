import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quarterlyReport } from '../../src/compute/quarterly-report';
import type { ReportModel } from '../../src/compute/report-model';
import { CONTENT_FILE } from '../../src/contract/content-sections';
import { bundledReportTemplate } from '../../src/ingest/report-template-file';
import type { Issue } from '../../src/issues/issue';
import { reportDocx } from '../../src/render/report/render-report';
import { stampOf } from '../../src/render/render-package';
import { checkReportSources } from '../../src/validate/package/validate-package';
import { modelOf } from './load-sample';

/**
 * Renders the report of a sample folder with its own content file (edited by `edit`) and the
 * bundled template, through the steps `tthc build` takes: the sources checked, the report's
 * document computed, then drawn. No bytes when an error was found on the way.
 */
export async function sampleReport(
  folder: string,
  edit?: (content: string) => string,
  model?: ReportModel,
) {
  const m = model ?? (await modelOf(folder));
  const content = readFileSync(join(folder, CONTENT_FILE), 'utf8');
  const checked = checkReportSources(
    { file: CONTENT_FILE, text: edit ? edit(content) : content },
    { file: 'bao-cao-quy.docx', bytes: readFileSync(bundledReportTemplate()) },
    m.documents.boundaryFree.length,
  );
  const issues: Issue[] = [...checked.issues];
  if (!checked.sources) return { model: m, bytes: null, quarterly: null, issues };
  const q = quarterlyReport(m, checked.sources);
  issues.push(...q.issues);
  if (issues.some((i) => i.severity === 'error'))
    return { model: m, bytes: null, quarterly: q.quarterly, issues };
  return {
    model: m,
    bytes: reportDocx(m, q.quarterly, stampOf(m)),
    quarterly: q.quarterly,
    issues,
  };
}
