import type { DocumentFrame } from '../../compute/document-frame';
import type { RankingAnnex } from '../../compute/ranking-annex';
import type { ReportModel } from '../../compute/report-model';
import { annexDocx } from '../annex-table/annex-docx';
import { annexWorkbook } from '../annex-table/annex-workbook';
import { rankingDocument } from './ranking-document';

/**
 * The index-766 ranking annex as Word (seed 000's attachment) and as a workbook: a table per
 * group with the province's line on top. `when` stamps the files: equal input, equal bytes.
 */
export async function rankingFiles(
  model: ReportModel,
  annex: RankingAnnex,
  when: Date,
  frame: DocumentFrame = model.frame,
): Promise<{ docx: Buffer; xlsx: Buffer }> {
  const doc = rankingDocument(model, annex, frame);
  return { docx: annexDocx(doc, when), xlsx: await annexWorkbook(doc, when) };
}
