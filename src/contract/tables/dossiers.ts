import { count, optional, text } from '../column';
import type { TableDef } from '../table';

/** Dossiers (hồ sơ) per unit and optionally per field: the quantities of form 06c. */
export const dossiers = {
  id: 'HoSo',
  combine: 'by-key',
  title: 'Hồ sơ TTHC (Biểu 06c)',
  hint: 'Số hồ sơ theo đơn vị (và lĩnh vực, nếu có). Nhiều nguồn (HoSo-<nguồn>) được cộng theo đơn vị và lĩnh vực.',
  shape: 'rows',
  required: false,
  mergeKey: ['ma_don_vi', 'linh_vuc'],
  prefilled: ['ma_don_vi', 'ten_don_vi'],
  columns: [
    text('ma_don_vi', 'Mã đơn vị', { hint: 'Theo bảng Đơn vị', example: '02908' }),
    optional(
      text('ten_don_vi', 'Tên đơn vị', {
        hint: 'Điền sẵn từ bảng Đơn vị, để đọc; công cụ dùng mã đơn vị',
        example: 'Xã Tằng Loỏng',
      }),
    ),
    optional(text('linh_vuc', 'Lĩnh vực', { hint: 'Để trống nếu gộp', example: 'Đất đai' })),
    optional(
      count('tong_tiep_nhan', 'Tổng số hồ sơ tiếp nhận', {
        across: 'derived',
        hint: 'Để trống để tính = (4)+(5)+(6)',
        // Blank: computed from its parts, not 0.
        blankIsZero: false,
        example: '1250',
        form: '06c (3)',
      }),
    ),
    count('tiep_nhan_truc_tuyen', 'Tiếp nhận trực tuyến', {
      across: 'sum',
      hint: '',
      example: '1020',
      form: '06c (4)',
    }),
    count('tiep_nhan_truc_tiep', 'Tiếp nhận trực tiếp và qua BCCI', {
      across: 'sum',
      hint: 'Trực tiếp và qua dịch vụ bưu chính',
      example: '130',
      form: '06c (5)',
    }),
    count('ky_truoc_chuyen_sang', 'Từ kỳ trước chuyển sang', {
      across: 'start',
      hint: '',
      example: '100',
      form: '06c (6)',
    }),
    optional(
      count('tong_da_giai_quyet', 'Tổng số đã giải quyết', {
        across: 'derived',
        hint: 'Để trống để tính = (8)+(9)+(10)',
        // Blank: computed from its parts, not 0.
        blankIsZero: false,
        example: '1190',
        form: '06c (7)',
      }),
    ),
    count('giai_quyet_truoc_han', 'Đã giải quyết trước hạn', {
      across: 'sum',
      hint: '',
      example: '1100',
      form: '06c (8)',
    }),
    count('giai_quyet_dung_han', 'Đã giải quyết đúng hạn', {
      across: 'sum',
      hint: '',
      example: '80',
      form: '06c (9)',
    }),
    count('giai_quyet_qua_han', 'Đã giải quyết quá hạn', {
      across: 'sum',
      hint: '',
      example: '10',
      form: '06c (10)',
    }),
    optional(
      count('tong_dang_giai_quyet', 'Tổng số đang giải quyết', {
        across: 'derived',
        hint: 'Để trống để tính = (12)+(13)',
        // Blank: computed from its parts, not 0.
        blankIsZero: false,
        example: '60',
        form: '06c (11)',
      }),
    ),
    count('dang_giai_quyet_trong_han', 'Đang giải quyết trong hạn', {
      across: 'end',
      hint: '',
      example: '55',
      form: '06c (12)',
    }),
    count('dang_giai_quyet_qua_han', 'Đang giải quyết quá hạn', {
      across: 'end',
      hint: '',
      example: '5',
      form: '06c (13)',
    }),
  ],
} as const satisfies TableDef;
