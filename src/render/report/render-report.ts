import type { QuarterlyReport } from '../../compute/package-model';
import type { ReportModel } from '../../compute/report-model';
import { docxBytes } from '../docx/package';
import { dropUnusedFootnotes } from './drop-unused-footnotes';
import { templateValues } from './template-values';
import { fillTemplate } from '../../ooxml/compiled-template';

/**
 * The quarterly report as a Word file: the template (checked when the inputs were, and filled as
 * the check compiled it: ooxml/compiled-template.ts) filled with the catalogue's values and the
 * content file's sections. A tag without a value cannot reach here (validation refused it); if
 * one did, the report would not be written silently wrong.
 */
export function reportDocx(m: ReportModel, q: QuarterlyReport, when: Date): Buffer {
  const { zip, missing } = fillTemplate(q.template.bytes, templateValues(m, q));
  if (missing.length > 0) throw new Error(`Template tags without a value: ${missing.join(', ')}`);
  dropUnusedFootnotes(zip);
  return docxBytes(zip, when);
}
