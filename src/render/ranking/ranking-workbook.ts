import type { ReportModel } from '../../compute/report-model';
import { annexWorkbook } from '../annex-table/annex-workbook';
import { rankingDocument } from './ranking-document';

/**
 * The index-766 ranking annex as a workbook, one sheet per group printed like the forms
 * workbook. `when` replaces every clock time in the file, so the same data gives the same bytes.
 */
export const rankingAnnexWorkbook = (model: ReportModel, when: Date): Promise<Buffer> =>
  annexWorkbook(rankingDocument(model), when);
