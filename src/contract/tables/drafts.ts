import { choice, count, optional, text } from '../column';
import type { TableDef } from '../table';

export const DRAFT_KINDS = [
  { value: 'nghi_quyet_hdnd', label: 'Nghị quyết HĐND' },
  { value: 'quyet_dinh_ubnd', label: 'Quyết định UBND' },
] as const;

/** Draft legal documents whose TTHC were reviewed in the period: form II.02c. */
export const drafts = {
  id: 'DuThao',
  combine: 'list',
  title: 'Dự thảo VBQPPL có TTHC (Biểu II.02c)',
  hint: 'Mỗi dòng một dự thảo văn bản quy phạm pháp luật được thẩm định, thẩm tra trong kỳ.',
  shape: 'rows',
  required: false,
  columns: [
    text('ten_du_thao', 'Tên dự thảo', {
      hint: '',
      example: 'Nghị quyết quy định chính sách hỗ trợ phát triển du lịch',
      form: 'II.02c (2)',
    }),
    choice('loai_van_ban', 'Loại văn bản', DRAFT_KINDS, {
      hint: '',
      example: 'nghi_quyet_hdnd',
      form: 'II.02c (3)',
    }),
    text('co_quan_soan_thao', 'Cơ quan chủ trì soạn thảo', {
      hint: '',
      example: 'Sở Văn hóa, Thể thao và Du lịch',
      form: 'II.02c (4)',
    }),
    optional(
      count('tong_tthc', 'Tổng số TTHC trong dự thảo', {
        across: 'row',
        hint: 'Để trống để tính = (6)+(7)+(8)',
        // Blank: computed from its parts, not 0.
        blankIsZero: false,
        example: '3',
        form: 'II.02c (5)',
      }),
    ),
    count('tthc_moi', 'TTHC quy định mới', {
      across: 'row',
      hint: '',
      example: '3',
      form: 'II.02c (6)',
    }),
    count('tthc_sua_doi', 'TTHC sửa đổi, bổ sung', {
      across: 'row',
      hint: '',
      example: '0',
      form: 'II.02c (7)',
    }),
    count('tthc_bai_bo', 'TTHC bãi bỏ', {
      across: 'row',
      hint: '',
      example: '0',
      form: 'II.02c (8)',
    }),
    count('tthc_danh_gia_tac_dong', 'TTHC được đánh giá tác động', {
      across: 'row',
      hint: '',
      example: '1',
      form: 'II.02c (9)',
    }),
    optional(text('ket_qua', 'Kết quả, ghi chú', { hint: '', example: '', form: 'II.02c (10)' })),
  ],
} as const satisfies TableDef;
