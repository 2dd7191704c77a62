import type { ReportModel } from '../../compute/report-model';
import { attachedToLine } from '../../phrase/attached-to';

/** "CÁC BIỂU MẪU THỐNG KÊ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH QUÝ I NĂM 2026". */
export function annexTitle(m: ReportModel): string {
  return `Các biểu mẫu thống kê kiểm soát thủ tục hành chính ${m.period.title}`.toLocaleUpperCase(
    'vi',
  );
}

/**
 * The line under the annex title naming the document it is attached to (Nghị định 30/2020):
 * "(Kèm theo Báo cáo số 187/BC-UBND ngày 16/6/2026 của UBND tỉnh Lai Châu)", or with the number
 * and the day left blank for a draft. A letter is named "Văn bản": "(Kèm theo Văn bản số
 * 862/UBND-HCC …)".
 */
export function attachedTo(m: ReportModel, documentKind = 'Báo cáo'): string {
  return attachedToLine(m.frame, m.province.name, documentKind);
}
