import { PACKAGE_FILES, MODEL_FILES, type DocumentKey } from '../contract/package-files';
import type { PackageModel } from '../compute/package-model';
import type { ReportModel } from '../compute/report-model';
import { formFrame } from '../forms/form-frame';
import { documentTitles } from '../phrase/document-titles';
import { annexDocx } from './annex/annex-docx';
import { complianceFiles } from './compliance/compliance-files';
import { formsWorkbook } from './forms/forms-workbook';
import { letterFile } from './letter/letter-file';
import { withOfficeProperties } from './office-properties';
import { summaryLines } from './model/summary';
import { rankingFiles } from './ranking/ranking-files';
import { reportDocx } from './report/render-report';

/** The report date at UTC midnight: the only time stamp written into the files. */
export const stampOf = (m: ReportModel): Date =>
  new Date(Date.UTC(m.frame.date.year, m.frame.date.month - 1, m.frame.date.day));

/** A file of the package, rendered in memory. */
export interface RenderedFile {
  readonly name: string;
  readonly bytes: Buffer;
}

/**
 * Every file of a package from its model alone, in memory: the report and its forms (Word
 * annex and workbook), the index-766 letter, the ranking and compliance annexes, the model and
 * its summary. Nothing is decided here about a figure: each is written as the catalogue says.
 */
export async function renderPackage(model: PackageModel): Promise<RenderedFile[]> {
  const m = model.report;
  if (!m) return [];
  const when = stampOf(m);
  const files = new Map<DocumentKey, Buffer>();
  if (model.quarterly) {
    files.set('report', reportDocx(m, model.quarterly, when));
    files.set('annex', annexDocx(model.forms, m, when));
  }
  if (model.letter) files.set('letter', letterFile(model.letter, m));
  if (model.ranking) {
    const ranking = await rankingFiles(m, model.ranking, when, model.annexFrame ?? m.frame);
    files.set('ranking', ranking.docx);
    files.set('rankingWorkbook', ranking.xlsx);
  }
  if (model.compliance) {
    const compliance = await complianceFiles(
      m,
      model.compliance,
      when,
      model.annexFrame ?? m.frame,
    );
    files.set('compliance', compliance.docx);
    files.set('complianceWorkbook', compliance.xlsx);
  }
  if (model.forms.length > 0)
    files.set('forms', await formsWorkbook(model.forms, formFrame(m), when));
  const order: DocumentKey[] = [
    'report',
    'letter',
    'annex',
    'ranking',
    'rankingWorkbook',
    'compliance',
    'complianceWorkbook',
    'forms',
  ];
  const titles = documentTitles(m, model.forms, model.letter);
  const author = m.frame.issuingBody.join(' ');
  return [
    ...order.flatMap((k) => {
      const bytes = files.get(k);
      if (!bytes) return [];
      // The letter carries its own properties (letterFile): it is also built alone.
      const stamped =
        k === 'letter'
          ? bytes
          : withOfficeProperties(bytes, { title: titles[k], author, created: when });
      return [{ name: PACKAGE_FILES[k], bytes: stamped }];
    }),
    { name: MODEL_FILES.model, bytes: Buffer.from(JSON.stringify(m, null, 2) + '\n', 'utf8') },
    { name: MODEL_FILES.summary, bytes: Buffer.from(summaryLines(m).join('\n') + '\n', 'utf8') },
  ];
}
