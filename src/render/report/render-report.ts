import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { QuarterlyReport } from '../../compute/package-model';
import type { ReportModel } from '../../compute/report-model';
import { docxBytes } from '../docx/package';
import { dropUnusedFootnotes } from './drop-unused-footnotes';
import { templateValues } from './template-values';

/**
 * The quarterly report as a Word file: the template (checked when the inputs were) filled with
 * the catalogue's values and the content file's sections. A tag without a value cannot reach
 * here (validation refused it); if one did, the report would not be written silently wrong.
 */
export function reportDocx(m: ReportModel, q: QuarterlyReport, when: Date): Buffer {
  const missing: string[] = [];
  const doc = new Docxtemplater(new PizZip(q.template.bytes), {
    paragraphLoop: true,
    errorLogging: false,
    nullGetter: (part) => {
      missing.push(part.value);
      return '';
    },
  });
  doc.render(templateValues(m, q));
  if (missing.length > 0) throw new Error(`Template tags without a value: ${missing.join(', ')}`);
  const zip = doc.getZip();
  dropUnusedFootnotes(zip);
  return docxBytes(zip, when);
}
