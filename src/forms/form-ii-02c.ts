import { col, STT } from './columns';
import { equationsOf } from './equations-of';
import type { FormDef } from './form-def';
import { itemsWithTotal } from './sum-rows';

const IN_DRAFT = 'Số TTHC quy định tại dự thảo';

const columns = [
  STT,
  col(2, ['Tên dự thảo văn bản QPPL'], 'label', 34),
  col(3, ['Loại văn bản'], 'text', 14),
  col(4, ['Cơ quan chủ trì soạn thảo'], 'text', 20),
  col(5, [IN_DRAFT, 'Tổng số']),
  col(6, [IN_DRAFT, 'Quy định mới']),
  col(7, [IN_DRAFT, 'Sửa đổi, bổ sung']),
  col(8, [IN_DRAFT, 'Bãi bỏ']),
  col(9, ['Số TTHC được đánh giá tác động']),
  col(10, ['Kết quả, ghi chú'], 'text', 18),
];

/** Form II.02c: TTHC in draft legal documents reviewed in the period. */
export const formII02c: FormDef = {
  code: 'II.02c',
  fullCode: 'Biểu số II.02c/VPCP/KSTT',
  title:
    'KẾT QUẢ THẨM ĐỊNH, THẨM TRA THỦ TỤC HÀNH CHÍNH QUY ĐỊNH TẠI DỰ THẢO VĂN BẢN QUY PHẠM PHÁP LUẬT',
  unit: 'TTHC',
  columns,
  equations: equationsOf('II.02c'),
  fill: (model) => {
    if (!model.drafts) return null;
    const items = model.drafts.rows.map((r, i) => ({
      kind: 'item' as const,
      cells: {
        1: i + 1,
        2: r.name,
        3: r.kindLabel,
        4: r.drafter,
        5: r.total,
        6: r.created,
        7: r.amended,
        8: r.abolished,
        9: r.assessed,
        10: r.note,
      },
    }));
    return { form: formII02c, rows: itemsWithTotal(items, columns), notes: [] };
  },
};
