import type { ComplianceAnnex } from '../../compute/compliance-annex';
import type { DocumentFrame } from '../../compute/document-frame';
import type { ReportModel } from '../../compute/report-model';
import { annexDocx } from '../annex-table/annex-docx';
import { annexWorkbook } from '../annex-table/annex-workbook';
import { complianceDocument } from './compliance-document';

/**
 * The compliance annex as Word and as a workbook: each unit's rates against the targets, the
 * rates below target in bold, a summary line per group. `when` stamps the files.
 */
export async function complianceFiles(
  model: ReportModel,
  annex: ComplianceAnnex,
  when: Date,
  frame: DocumentFrame = model.frame,
): Promise<{ docx: Buffer; xlsx: Buffer }> {
  const doc = complianceDocument(model, annex, frame);
  return { docx: annexDocx(doc, when), xlsx: await annexWorkbook(doc, when) };
}
