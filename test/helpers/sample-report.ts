import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportModel } from '../../src/compute/report-model';
import { CONTENT_FILE } from '../../src/contract/content-sections';
import { reportDocx } from '../../src/render/report/report-docx';
import { bundledReportTemplate } from '../../src/ingest/report-template-file';
import { modelOf } from './load-sample';

/** Renders the report of a sample folder with its own content file and the bundled template. */
export async function sampleReport(
  folder: string,
  edit?: (content: string) => string,
  model?: ReportModel,
) {
  const m = model ?? (await modelOf(folder));
  const content = readFileSync(join(folder, CONTENT_FILE), 'utf8');
  const result = reportDocx({
    model: m,
    content: edit ? edit(content) : content,
    contentFile: CONTENT_FILE,
    template: readFileSync(bundledReportTemplate()),
    templateFile: 'bao-cao-quy.docx',
    when: new Date(Date.UTC(m.frame.date.year, m.frame.date.month - 1, m.frame.date.day)),
  });
  return { model: m, ...result };
}
