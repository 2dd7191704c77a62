import { choice, count, date, optional, text } from '../column';
import type { TableDef } from '../table';

export const DOCUMENT_TYPES = [
  { value: 'ke_hoach', label: 'Kế hoạch' },
  { value: 'cong_van', label: 'Văn bản (công văn)' },
  { value: 'quyet_dinh', label: 'Quyết định' },
  { value: 'chi_thi', label: 'Chỉ thị' },
  { value: 'thong_bao', label: 'Thông báo' },
  { value: 'bao_cao', label: 'Báo cáo' },
  { value: 'to_trinh', label: 'Tờ trình' },
  { value: 'cong_dien', label: 'Công điện' },
  { value: 'nghi_quyet', label: 'Nghị quyết' },
] as const;

export const DOCUMENT_PURPOSES = [
  { value: 'chi_dao', label: 'Chỉ đạo, điều hành trong kỳ' },
  { value: 'khong_phu_thuoc_dia_gioi', label: 'TTHC không phụ thuộc địa giới hành chính' },
  { value: 'khac', label: 'Khác' },
] as const;

/** Documents the province issued (plans, letters, decisions, …): counts and footnotes. */
export const documents = {
  id: 'VanBan',
  combine: 'list',
  title: 'Văn bản đã ban hành',
  hint: 'Kế hoạch, công văn, quyết định… Nhóm "chỉ đạo" phải ban hành trong kỳ báo cáo.',
  shape: 'rows',
  required: false,
  columns: [
    choice('loai', 'Loại văn bản', DOCUMENT_TYPES, { hint: '', example: 'ke_hoach' }),
    text('so_ky_hieu', 'Số, ký hiệu', { hint: '', example: '25/KH-UBND' }),
    date('ngay', 'Ngày ban hành', { hint: '', example: '2026-01-25' }),
    text('trich_yeu', 'Trích yếu', {
      hint: 'Bắt đầu bằng "về…" như khi trích dẫn',
      example: 'về rà soát, đánh giá TTHC năm 2026',
    }),
    optional(
      choice('nhom', 'Nhóm', DOCUMENT_PURPOSES, { hint: 'Mặc định: chỉ đạo', example: 'chi_dao' }),
    ),
  ],
} as const satisfies TableDef;

/** Decisions publishing internal TTHC (TTHC nội bộ) in the period. */
export const internalDecisions = {
  id: 'TTHCNoiBo',
  combine: 'list',
  title: 'Quyết định công bố TTHC nội bộ',
  hint: 'Mỗi dòng một quyết định công bố TTHC nội bộ ban hành trong kỳ.',
  shape: 'rows',
  required: false,
  columns: [
    text('so_ky_hieu', 'Số, ký hiệu', { hint: '', example: '519/QĐ-UBND' }),
    date('ngay', 'Ngày ban hành', { hint: 'Trong kỳ báo cáo', example: '2026-02-25' }),
    text('trich_yeu', 'Trích yếu', {
      hint: '',
      example: 'Về việc công bố thủ tục hành chính nội bộ…',
    }),
    count('tthc_moi_sua_doi', 'TTHC công bố mới, sửa đổi, bổ sung', {
      across: 'row',
      hint: '',
      example: '9',
    }),
    count('tthc_bai_bo', 'TTHC bãi bỏ', { across: 'row', hint: '', example: '0' }),
  ],
} as const satisfies TableDef;
