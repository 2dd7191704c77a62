import { count, optional } from '../column';
import type { TableDef } from '../table';

/** Other figures the report quotes, one row per field. Every field is optional. */
export const figures = {
  id: 'SoLieu',
  combine: 'fields',
  title: 'Số liệu khác',
  hint: 'Các số liệu báo cáo trích dẫn: TTHC thuộc thẩm quyền, liên thông, nhân sự một cửa. Mỗi dòng một trường.',
  shape: 'fields',
  required: false,
  columns: [
    optional(
      count('tthc_tw_cap_tinh', 'TTHC do Trung ương ban hành, cấp tỉnh giải quyết', {
        across: 'end',
        hint: '',
        example: '1827',
      }),
    ),
    optional(
      count('tthc_tw_cap_xa', 'TTHC do Trung ương ban hành, cấp xã giải quyết', {
        across: 'end',
        hint: '',
        example: '311',
      }),
    ),
    optional(
      count('tthc_dac_thu_cap_tinh', 'TTHC đặc thù, cấp tỉnh giải quyết', {
        across: 'end',
        hint: '',
        example: '5',
      }),
    ),
    optional(
      count('tthc_dac_thu_cap_xa', 'TTHC đặc thù, cấp xã giải quyết', {
        across: 'end',
        hint: '',
        example: '5',
      }),
    ),
    optional(
      count('tthc_lien_thong_cung_cap', 'TTHC liên thông cùng cấp', {
        across: 'end',
        hint: '',
        example: '130',
      }),
    ),
    optional(
      count('tthc_lien_thong_cac_cap', 'TTHC liên thông giữa các cấp chính quyền', {
        across: 'end',
        hint: '',
        example: '116',
      }),
    ),
    optional(
      count('tthc_noi_bo_luy_ke', 'TTHC nội bộ đã công bố, lũy kế từ 01/7/2025', {
        across: 'end',
        hint: '',
        example: '394',
      }),
    ),
    optional(
      count('qd_cong_bo_truoc_ky', 'Quyết định công bố TTHC đã ban hành trước kỳ, từ 01/7/2025', {
        across: 'start',
        hint: 'Để tính số lũy kế đến hết kỳ (cộng với bảng CongBo)',
        example: '152',
      }),
    ),
    optional(
      count('tthc_cong_bo_truoc_ky', 'TTHC đã công bố trước kỳ, từ 01/7/2025', {
        across: 'start',
        hint: 'Để tính số lũy kế đến hết kỳ (cộng với bảng CongBo)',
        example: '1.940',
      }),
    ),
    optional(
      count('quy_dinh_kinh_doanh_cat_giam', 'Quy định kinh doanh đã cắt giảm, đơn giản hóa', {
        across: 'sum',
        hint: '0 được viết "Không"',
        example: '0',
      }),
    ),
    optional(
      count('tthc_phan_cap', 'TTHC đã thực thi phương án phân cấp', {
        across: 'sum',
        hint: '0 được viết "Không"',
        example: '0',
      }),
    ),
    optional(
      count('tt_tinh_cong_chuc', 'Trung tâm PVHCC tỉnh: công chức', {
        across: 'end',
        hint: '',
        example: '11',
      }),
    ),
    optional(
      count('tt_tinh_vien_chuc', 'Trung tâm PVHCC tỉnh: viên chức', {
        across: 'end',
        hint: '',
        example: '7',
      }),
    ),
    optional(
      count('tt_tinh_hop_dong', 'Trung tâm PVHCC tỉnh: hợp đồng lao động', {
        across: 'end',
        hint: '',
        example: '3',
      }),
    ),
    optional(
      count('tt_xa_cong_chuc_cu', 'Trung tâm PVHCC cấp xã: công chức phòng chuyên môn cử', {
        across: 'end',
        hint: '',
        example: '234',
      }),
    ),
    optional(
      count('tt_xa_chuyen_trach', 'Trung tâm PVHCC cấp xã: công chức chuyên trách', {
        across: 'end',
        hint: '',
        example: '647',
      }),
    ),
  ],
} as const satisfies TableDef;
