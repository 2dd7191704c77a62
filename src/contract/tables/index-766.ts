import { choice, count, date, decimal, optional, percent, text } from '../column';
import type { TableDef } from '../table';

/** The province itself in the index tables, beside the unit codes of DonVi. */
export const PROVINCE_UNIT_ID = 'TINH';

/**
 * The groups of Decision 766 (REFERENCE §4; src/contract/indicator-sets). A cell's maximum is the
 * largest any set gives the group; the set in force at the reading date checks its own
 * (`readingsMatchSet`). Online payment is a group of its own since 2026, blank before.
 */
const scores = [
  decimal('cong_khai_minh_bach', 'Công khai, minh bạch', {
    across: 'row',
    hint: 'Tối đa 18',
    example: '15,34',
    max: 18,
  }),
  decimal('tien_do_giai_quyet', 'Tiến độ giải quyết', {
    across: 'row',
    hint: 'Tối đa 20',
    example: '18,95',
    max: 20,
  }),
  decimal('dich_vu_cong_truc_tuyen', 'Dịch vụ công trực tuyến', {
    across: 'row',
    hint: 'Tối đa 22 (bộ chỉ số 2025), 12 (từ năm 2026)',
    example: '16,63',
    max: 22,
  }),
  optional(
    decimal('thanh_toan_truc_tuyen', 'Thanh toán trực tuyến', {
      across: 'row',
      hint: 'Từ năm 2026, tối đa 10; để trống với bộ chỉ số 2025',
      example: '6,67',
      max: 10,
    }),
  ),
  decimal('muc_do_hai_long', 'Mức độ hài lòng', {
    across: 'row',
    hint: 'Tối đa 18',
    example: '17,97',
    max: 18,
  }),
  decimal('so_hoa_ho_so', 'Số hóa hồ sơ', {
    across: 'row',
    hint: 'Tối đa 22',
    example: '13,3',
    max: 22,
  }),
] as const;

/** Index-766 readings for the province (ma_don_vi = TINH) and for each unit. */
export const indexReadings = {
  id: 'ChiSo766',
  combine: 'latest',
  title: 'Chỉ số 766',
  hint: 'Điểm Bộ chỉ số 766 theo từng lần đọc (ngày). Lần đọc mới nhất là hiện tại, lần trước đó để so sánh. Tỉnh dùng mã TINH.',
  shape: 'rows',
  required: false,
  columns: [
    text('ma_don_vi', 'Mã đơn vị', { hint: 'Theo bảng Đơn vị; tỉnh: TINH', example: 'TINH' }),
    date('ngay', 'Tính đến ngày', { hint: '', example: '2025-08-25' }),
    ...scores,
    decimal('tong_diem', 'Tổng điểm', {
      across: 'row',
      hint: 'Tối đa 100',
      example: '82,16',
      max: 100,
    }),
    optional(
      count('xep_hang', 'Xếp hạng', {
        across: 'row',
        hint: 'Trong nhóm của đơn vị; tỉnh: để trống khi chưa biết thứ hạng cả nước',
        example: '15',
        // A rank left blank is a rank not given, never rank 0.
        blankIsZero: false,
      }),
    ),
    optional(
      count('so_don_vi_xep_hang', 'Số đơn vị được xếp hạng', {
        across: 'row',
        hint: 'Tỉnh: 34; mặc định: số đơn vị cùng nhóm',
        blankIsZero: false,
        example: '34',
      }),
    ),
  ],
} as const satisfies TableDef;

export const AVERAGE_GROUPS = [
  { value: 'tinh', label: 'Các tỉnh, thành phố' },
  { value: 'so_nganh', label: 'Các sở, ban, ngành' },
  { value: 'xa_phuong', label: 'Các xã, phường' },
] as const;

/** National averages of the index, where the portal publishes them. */
export const indexAverages = {
  id: 'TrungBinh766',
  combine: 'latest',
  title: 'Điểm trung bình cả nước (766)',
  hint: 'Điểm trung bình cả nước theo nhóm, cùng ngày với lần đọc.',
  shape: 'rows',
  required: false,
  columns: [
    choice('nhom', 'Nhóm', AVERAGE_GROUPS, { hint: '', example: 'so_nganh' }),
    date('ngay', 'Tính đến ngày', { hint: '', example: '2025-08-25' }),
    ...scores.map((c) => optional(c)),
    decimal('tong_diem', 'Tổng điểm', { across: 'row', hint: '', example: '80,5', max: 100 }),
  ],
} as const satisfies TableDef;

/** Per-unit indicators that letters cite (overdue and paused dossiers, online and digitisation rates). */
export const unitIndicators = {
  id: 'ChiTieuDonVi',
  combine: 'latest',
  title: 'Chỉ tiêu theo đơn vị',
  hint: 'Các chỉ tiêu công văn trích dẫn, theo đơn vị. Tỷ lệ tính bằng phần trăm (0–100).',
  shape: 'rows',
  required: false,
  columns: [
    text('ma_don_vi', 'Mã đơn vị', { hint: 'Theo bảng Đơn vị', example: '02647' }),
    date('ngay', 'Tính đến ngày', { hint: '', example: '2025-08-25' }),
    optional(
      // Blank: not measured for this unit, which the annex must not print as 0.
      count('ho_so_qua_han', 'Số hồ sơ quá hạn', {
        across: 'row',
        hint: '',
        example: '148',
        blankIsZero: false,
      }),
    ),
    optional(
      count('ho_so_tam_dung', 'Số hồ sơ tạm dừng', {
        across: 'row',
        hint: 'Hồ sơ đang tạm dừng giải quyết (chờ bổ sung, chờ nghĩa vụ tài chính…)',
        example: '12',
        // Blank: not measured for this unit, as for the overdue count.
        blankIsZero: false,
      }),
    ),
    optional(
      percent('ty_le_nop_truc_tuyen', 'Tỷ lệ nộp trực tuyến (%)', {
        across: 'row',
        hint: '',
        example: '72,5',
      }),
    ),
    optional(
      percent('ty_le_thanh_toan_truc_tuyen', 'Tỷ lệ thanh toán trực tuyến (%)', {
        across: 'row',
        hint: '',
        example: '66',
      }),
    ),
    optional(
      percent('ty_le_luan_chuyen_dien_tu', 'Tỷ lệ luân chuyển nội bộ điện tử (%)', {
        across: 'row',
        hint: '',
        example: '85',
      }),
    ),
    optional(
      percent('ty_le_tai_su_dung', 'Tỷ lệ khai thác, sử dụng lại dữ liệu số (%)', {
        across: 'row',
        hint: '',
        example: '52',
      }),
    ),
    optional(
      percent('ty_le_so_hoa', 'Tỷ lệ số hóa hồ sơ (%)', { across: 'row', hint: '', example: '40' }),
    ),
  ],
} as const satisfies TableDef;

/**
 * Sub-indicators of index 766 (chỉ số thành phần) per unit and reading date, as the national
 * portal gives them: numerator, denominator, ratio and score where known; blank stays blank.
 */
export const subIndicatorReadings = {
  id: 'ChiSoThanhPhan766',
  combine: 'latest',
  title: 'Chỉ số thành phần 766',
  hint: 'Mỗi dòng một chỉ số thành phần của một đơn vị tại một lần đọc (tthc import-766 ghi từ Cổng Dịch vụ công quốc gia). Tỉnh dùng mã TINH.',
  shape: 'rows',
  required: false,
  columns: [
    text('ma_don_vi', 'Mã đơn vị', { hint: 'Theo bảng Đơn vị; tỉnh: TINH', example: '03199' }),
    date('ngay', 'Tính đến ngày', { hint: 'Cùng ngày với bảng ChiSo766', example: '2026-09-26' }),
    text('chi_so', 'Chỉ số thành phần', {
      hint: 'Mã theo bộ chỉ số (docs/index-766.md)',
      example: 'dong_bo_ho_so',
    }),
    // Blank: the portal gave no figure for this unit (a rate without a denominator), not 0.
    optional(
      count('tu_so', 'Tử số', { across: 'row', hint: '', example: '96', blankIsZero: false }),
    ),
    optional(
      count('mau_so', 'Mẫu số', { across: 'row', hint: '', example: '96', blankIsZero: false }),
    ),
    optional(
      decimal('ty_le', 'Tỷ lệ (%)', {
        across: 'row',
        hint: 'Tử số / mẫu số × 100',
        example: '100',
      }),
    ),
    optional(
      decimal('diem', 'Điểm', {
        across: 'row',
        hint: 'Không quá điểm tối đa của chỉ số',
        example: '6',
      }),
    ),
    optional(
      text('canh_bao', 'Cảnh báo chất lượng dữ liệu', {
        hint: 'Mã cảnh báo của Cổng',
        example: 'TEMP_NATIONAL_REPORT_DENOMINATOR',
      }),
    ),
    optional(
      text('noi_dung_canh_bao', 'Nội dung cảnh báo', {
        hint: 'Lời cảnh báo của Cổng',
        example: 'Mẫu số BCQG/GRIS đang dùng số tạm',
      }),
    ),
  ],
} as const satisfies TableDef;

/**
 * Which unit of the dataset each department of the national portal is: written by
 * `tthc import-766`, corrected by the official where a name was matched wrongly.
 */
export const portalUnits = {
  id: 'DonViCong766',
  combine: 'latest',
  title: 'Đơn vị trên Cổng (766)',
  hint: 'Mỗi dòng một đơn vị trên Cổng Dịch vụ công quốc gia và mã đơn vị tương ứng trong bảng Đơn vị. tthc import-766 ghi bảng này; sửa cột ma_don_vi nếu ghép sai.',
  shape: 'rows',
  required: false,
  columns: [
    text('ma_cong', 'Mã đơn vị trên Cổng', {
      hint: 'departmentId của Cổng',
      example: '019d2be3-6a88-732b-8b17-bb1e9a3f14ab',
    }),
    optional(text('ma_so_cong', 'Mã số trên Cổng', { hint: 'departmentCode', example: 'H44.01' })),
    text('ten_cong', 'Tên trên Cổng', {
      hint: '',
      example: 'Văn phòng UBND Tỉnh - Tỉnh Phú Thọ',
    }),
    text('ma_don_vi', 'Mã đơn vị', { hint: 'Theo bảng Đơn vị', example: 'H44.01' }),
  ],
} as const satisfies TableDef;
