import { formatDateNumeric, formatNumber, formatCount } from '../format';
import { col, STT } from './columns';
import { equationsOf } from './equations-of';
import type { FormDef } from './form-def';
import { itemsWithTotal } from './sum-rows';

const PUBLISHED = 'Số TTHC được công bố';

const columns = [
  STT,
  col(2, ['Số, ký hiệu, ngày ban hành Quyết định công bố'], 'label', 26, true),
  col(3, ['Cơ quan, lĩnh vực'], 'text', 26),
  col(4, ['Số văn bản QPPL có TTHC được công bố']),
  col(5, [PUBLISHED, 'Tổng số']),
  col(6, [PUBLISHED, 'Ban hành mới']),
  col(7, [PUBLISHED, 'Sửa đổi, bổ sung, thay thế']),
  col(8, [PUBLISHED, 'Bãi bỏ']),
  col(9, ['Số TTHC đã công khai trên CSDLQG về TTHC']),
];

/** Form II.03b: publication decisions of the period, and the stock of TTHC under the table. */
export const formII03b: FormDef = {
  code: 'II.03b',
  fullCode: 'Biểu số II.03b/VPCP/KSTT',
  title: 'TÌNH HÌNH CÔNG BỐ, CÔNG KHAI THỦ TỤC HÀNH CHÍNH',
  unit: 'TTHC',
  columns,
  equations: equationsOf('II.03b'),
  fill: (model) => {
    if (!model.publications) return null;
    const items = model.publications.rows.map((r, i) => ({
      kind: 'item' as const,
      cells: {
        1: i + 1,
        2: `${r.number} ngày ${formatDateNumeric(r.date)}`,
        3: r.agency,
        4: r.legalDocuments,
        5: r.total,
        6: r.created,
        7: r.amended,
        8: r.abolished,
        9: r.onNationalDatabase,
      },
    }));
    const s = model.figures.stock;
    const notes = [
      `Tổng số TTHC thuộc thẩm quyền giải quyết của địa phương: ${formatNumber(s.total)} TTHC, trong đó:`,
      `- TTHC do cơ quan Trung ương ban hành: ${formatNumber(s.central.total)} TTHC (cấp tỉnh: ${formatCount(s.central.province)} TTHC; cấp xã: ${formatCount(s.central.commune)} TTHC);`,
      `- TTHC do địa phương ban hành (đặc thù): ${formatCount(s.specific.total)} TTHC (cấp tỉnh: ${formatCount(s.specific.province)} TTHC; cấp xã: ${formatCount(s.specific.commune)} TTHC).`,
    ];
    return { form: formII03b, rows: itemsWithTotal(items, columns), notes };
  },
};
