import { count, optional, text } from '../column';
import type { TableDef } from '../table';

/** Feedback (PAKN) on administrative regulations per field: the quantities of form 05b. */
export const feedback = {
  id: 'PAKN',
  combine: 'by-key',
  title: 'Phản ánh, kiến nghị (Biểu 05b)',
  hint: 'Số PAKN theo lĩnh vực.',
  shape: 'rows',
  required: false,
  mergeKey: ['linh_vuc'],
  columns: [
    text('linh_vuc', 'Lĩnh vực', { hint: '', example: 'Đất đai' }),
    optional(
      count('tong_tiep_nhan', 'Tổng số PAKN tiếp nhận', {
        across: 'derived',
        hint: 'Để trống để tính = (4)+(5)',
        // Blank: computed from its parts, not 0.
        blankIsZero: false,
        example: '12',
        form: '05b (3)',
      }),
    ),
    count('ve_quy_dinh', 'Về quy định hành chính', {
      across: 'sum',
      hint: '',
      example: '11',
      form: '05b (4)',
    }),
    count('ve_hanh_vi', 'Về hành vi hành chính', {
      across: 'sum',
      hint: '',
      example: '1',
      form: '05b (5)',
    }),
    optional(
      count('tong_da_xu_ly', 'Tổng số đã xử lý', {
        across: 'derived',
        hint: 'Để trống để tính = (7)+(8)',
        // Blank: computed from its parts, not 0.
        blankIsZero: false,
        example: '10',
        form: '05b (6)',
      }),
    ),
    count('da_xu_ly_dung_han', 'Đã xử lý đúng hạn', {
      across: 'sum',
      hint: '',
      example: '10',
      form: '05b (7)',
    }),
    count('da_xu_ly_qua_han', 'Đã xử lý quá hạn', {
      across: 'sum',
      hint: '',
      example: '0',
      form: '05b (8)',
    }),
    optional(
      count('tong_dang_xu_ly', 'Tổng số đang xử lý', {
        across: 'derived',
        hint: 'Để trống để tính = (10)+(11)',
        // Blank: computed from its parts, not 0.
        blankIsZero: false,
        example: '2',
        form: '05b (9)',
      }),
    ),
    count('dang_xu_ly_trong_han', 'Đang xử lý trong hạn', {
      across: 'end',
      hint: '',
      example: '2',
      form: '05b (10)',
    }),
    count('dang_xu_ly_qua_han', 'Đang xử lý quá hạn', {
      across: 'end',
      hint: '',
      example: '0',
      form: '05b (11)',
    }),
    count('da_cong_khai', 'Đã xử lý và công khai', {
      across: 'sum',
      hint: 'Không vượt quá số đã xử lý',
      example: '10',
      form: '05b (12)',
    }),
  ],
} as const satisfies TableDef;
