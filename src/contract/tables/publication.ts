import { count, date, optional, text } from '../column';
import type { TableDef } from '../table';

/** Publication decisions (Quyết định công bố TTHC), one row per decision: form II.03b. */
export const publications = {
  id: 'CongBo',
  combine: 'list',
  title: 'Quyết định công bố TTHC (Biểu II.03b)',
  hint: 'Mỗi dòng một Quyết định công bố TTHC/danh mục TTHC ban hành trong kỳ.',
  shape: 'rows',
  required: false,
  columns: [
    text('so_quyet_dinh', 'Số quyết định', {
      hint: '',
      example: '125/QĐ-UBND',
      form: 'II.03b (2)',
    }),
    date('ngay_quyet_dinh', 'Ngày quyết định', {
      hint: 'Trong kỳ báo cáo',
      example: '2026-01-16',
      form: 'II.03b (2)',
    }),
    text('co_quan_linh_vuc', 'Cơ quan, lĩnh vực', {
      hint: '',
      example: 'Sở Tư pháp',
      form: 'II.03b (3)',
    }),
    count('so_vbqppl', 'Số VBQPPL có TTHC được công bố', {
      across: 'row',
      hint: '',
      example: '2',
      form: 'II.03b (4)',
    }),
    optional(
      count('tong_tthc', 'Tổng số TTHC công bố', {
        across: 'row',
        hint: 'Để trống để tính = (6)+(7)+(8)',
        // Blank: computed from its parts, not 0.
        blankIsZero: false,
        example: '14',
        form: 'II.03b (5)',
      }),
    ),
    count('tthc_moi', 'TTHC mới ban hành', {
      across: 'row',
      hint: '',
      example: '2',
      form: 'II.03b (6)',
    }),
    count('tthc_sua_doi', 'TTHC sửa đổi, bổ sung, thay thế', {
      across: 'row',
      hint: '',
      example: '8',
      form: 'II.03b (7)',
    }),
    count('tthc_bai_bo', 'TTHC bãi bỏ', {
      across: 'row',
      hint: '',
      example: '4',
      form: 'II.03b (8)',
    }),
    count('tthc_dang_tai_csdlqg', 'TTHC đã công khai trên CSDLQG', {
      across: 'row',
      hint: '',
      example: '14',
      form: 'II.03b (9)',
    }),
  ],
} as const satisfies TableDef;
