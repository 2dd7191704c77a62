import { col, STT } from './columns';
import { equationsOf } from './equations-of';
import type { FormDef } from './form-def';
import { itemsWithTotal } from './sum-rows';

const BY_CONTENT = 'Phân loại theo nội dung';
const HANDLED = 'Kết quả xử lý';
const HANDLED_DONE = 'Đã xử lý';
const IN_PROGRESS = 'Đang xử lý';

const columns = [
  STT,
  col(2, ['Lĩnh vực'], 'label', 30),
  col(3, ['Tổng số PAKN tiếp nhận']),
  col(4, [BY_CONTENT, 'Về quy định hành chính']),
  col(5, [BY_CONTENT, 'Về hành vi hành chính']),
  col(6, [HANDLED, HANDLED_DONE, 'Tổng số']),
  col(7, [HANDLED, HANDLED_DONE, 'Đúng hạn']),
  col(8, [HANDLED, HANDLED_DONE, 'Quá hạn']),
  col(9, [HANDLED, IN_PROGRESS, 'Tổng số']),
  col(10, [HANDLED, IN_PROGRESS, 'Trong hạn']),
  col(11, [HANDLED, IN_PROGRESS, 'Quá hạn']),
  col(12, ['Số PAKN đã xử lý được công khai']),
];

/** Form 05b: feedback (PAKN) on administrative regulations, one row per field. */
export const form05b: FormDef = {
  code: '05b',
  fullCode: 'Biểu số 05b/VPCP/KSTT',
  title: 'KẾT QUẢ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ VỀ QUY ĐỊNH HÀNH CHÍNH',
  unit: 'PAKN',
  columns,
  equations: equationsOf('05b'),
  fill: (model) => {
    if (!model.feedback) return null;
    const items = model.feedback.rows.map((r, i) => ({
      kind: 'item' as const,
      cells: {
        1: i + 1,
        2: r.field,
        3: r.received,
        4: r.aboutRegulations,
        5: r.aboutConduct,
        6: r.handled,
        7: r.handledOnTime,
        8: r.handledLate,
        9: r.inProgress,
        10: r.inProgressInTime,
        11: r.inProgressOverdue,
        12: r.published,
      },
    }));
    return { form: form05b, rows: itemsWithTotal(items, columns), notes: [] };
  },
};
