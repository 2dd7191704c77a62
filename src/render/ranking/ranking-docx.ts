import type { ReportModel } from '../../compute/report-model';
import { annexDocx } from '../annex-table/annex-docx';
import { rankingDocument } from './ranking-document';

/**
 * The index-766 ranking annex as Word (seed 000's attachment): a table per group with the
 * province's line on top. `when` stamps the zip entries, so equal input gives equal bytes.
 */
export const rankingAnnexDocx = (model: ReportModel, when: Date): Buffer =>
  annexDocx(rankingDocument(model), when);
