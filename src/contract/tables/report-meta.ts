import { choice, date, optional, text } from '../column';
import type { TableDef } from '../table';

export const SIGNER_AUTHORITIES = [
  { value: 'KT.', label: 'KT. (ký thay)' },
  { value: 'TM.', label: 'TM. (thay mặt)' },
  { value: 'Q.', label: 'Q. (quyền)' },
  { value: 'TL.', label: 'TL. (thừa lệnh)' },
  { value: 'TUQ.', label: 'TUQ. (thừa ủy quyền)' },
] as const;

/** Report metadata: one row per field. */
export const reportMeta = {
  id: 'ThongTin',
  combine: 'own',
  title: 'Thông tin văn bản',
  hint: 'Tỉnh, kỳ báo cáo, ngày, số văn bản và người ký. Mỗi dòng một trường.',
  shape: 'fields',
  required: true,
  columns: [
    text('tinh', 'Tỉnh, thành phố', { hint: 'Mã hoặc tên tỉnh theo danh mục 2025', example: '15' }),
    text('ky_bao_cao', 'Kỳ báo cáo', {
      hint: 'Quý: 2026-Q1…2026-Q4; 6 tháng: 2026-H1; 9 tháng: 2026-9M; năm: 2026',
      example: '2026-Q1',
    }),
    date('ngay_bao_cao', 'Ngày báo cáo', {
      hint: 'Ngày ký dự kiến; với bản dự thảo chỉ tháng và năm được in',
      example: '2026-03-16',
    }),
    optional(text('so_van_ban', 'Số văn bản', { hint: 'Để trống khi là dự thảo', example: '12' })),
    optional(
      text('ky_hieu', 'Ký hiệu', { hint: 'Mặc định theo loại văn bản', example: 'BC-UBND' }),
    ),
    optional(
      text('co_quan_chu_quan', 'Cơ quan chủ quản', {
        hint: 'Cơ quan cấp trên, nếu có (in thường, phía trên tên cơ quan ban hành)',
        example: '',
      }),
    ),
    optional(
      text('co_quan_ban_hanh', 'Cơ quan ban hành', {
        hint: 'Mặc định: ỦY BAN NHÂN DÂN TỈNH <tên tỉnh>',
        example: 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
      }),
    ),
    optional(text('dia_danh', 'Địa danh', { hint: 'Mặc định: tên tỉnh', example: 'Lào Cai' })),
    optional(
      choice('ky_tham_quyen', 'Thẩm quyền ký', SIGNER_AUTHORITIES, {
        hint: 'KT., TM., Q., TL., TUQ. hoặc để trống khi người đứng đầu ký',
        example: 'KT.',
      }),
    ),
    optional(
      text('ky_thay_chuc_vu', 'Chức vụ người đứng đầu', {
        hint: 'Chức vụ in sau thẩm quyền ký',
        example: 'CHỦ TỊCH',
      }),
    ),
    text('ky_chuc_vu', 'Chức vụ người ký', { hint: 'In hoa', example: 'PHÓ CHỦ TỊCH' }),
    text('ky_ho_ten', 'Họ tên người ký', { hint: '', example: 'Ngô Hạnh Phúc' }),
    optional(
      text('don_vi_nhan_bao_cao', 'Đơn vị nhận báo cáo', {
        hint: 'In ở góc phải các biểu mẫu; mặc định: Bộ Tư pháp',
        example: 'Bộ Tư pháp',
      }),
    ),
    optional(
      text('luu', 'Nơi lưu', {
        hint: 'Dòng cuối của Nơi nhận, sau "Lưu:"',
        example: 'VT, HCC_(KSTT)',
      }),
    ),
    optional(
      text('nguoi_lap_bieu', 'Họ tên người lập biểu', {
        hint: 'In dưới "NGƯỜI LẬP BIỂU" ở chân các biểu mẫu; để trống nếu chưa có',
        example: 'Nguyễn Thị Lan',
      }),
    ),
  ],
} as const satisfies TableDef;

/** Recipients (Kính gửi), one per row, in order. */
export const recipients = {
  id: 'KinhGui',
  combine: 'own',
  title: 'Kính gửi',
  hint: 'Mỗi dòng một nơi được kính gửi, theo thứ tự in.',
  shape: 'rows',
  required: false,
  columns: [text('kinh_gui', 'Kính gửi', { hint: '', example: 'Công an tỉnh' })],
} as const satisfies TableDef;

/** The Nơi nhận list, one line per row, without the final "Lưu:" line. */
export const distribution = {
  id: 'NoiNhan',
  combine: 'own',
  title: 'Nơi nhận',
  hint: 'Mỗi dòng một nơi nhận, theo thứ tự in; dòng "Lưu:" lấy từ Thông tin văn bản.',
  shape: 'rows',
  required: false,
  columns: [text('noi_nhan', 'Nơi nhận', { hint: '', example: 'Cục KSTTHC (Bộ Tư pháp)' })],
} as const satisfies TableDef;
