/** Option of validate and build: the previous period's data, to check the carry-over against. */
export const PREVIOUS_OPTION = {
  previous: {
    alias: 'ky-truoc',
    type: 'string',
    describe:
      'Dữ liệu kỳ liền trước: đối chiếu số "từ kỳ trước chuyển sang" của từng đơn vị với số đang giải quyết cuối kỳ đó',
  },
  fillCarryOver: {
    alias: 'dien-tu-ky-truoc',
    type: 'boolean',
    describe:
      'Điền các ô "từ kỳ trước chuyển sang" để trống bằng số đang giải quyết cuối kỳ trước (--ky-truoc); ô đã nhập khác số đó vẫn báo lỗi',
  },
  parts: {
    alias: 'cac-quy',
    type: 'string',
    array: true,
    describe:
      'Báo cáo 6 tháng, 9 tháng, năm: dữ liệu các quý của kỳ (mỗi quý một bộ dữ liệu); --data khi đó chỉ cần Thông tin văn bản, Nơi nhận, Kính gửi và lời văn của kỳ',
  },
} as const;

/** Options of validate and build: the dataset must be of this province and period. */
export const EXPECTED_OPTIONS = {
  province: {
    type: 'string',
    describe: 'Tỉnh của bộ dữ liệu (mã hoặc tên); báo lỗi nếu dữ liệu là của tỉnh khác',
  },
  period: {
    type: 'string',
    describe: 'Kỳ báo cáo của bộ dữ liệu (2026-Q1, 2026-H1…); báo lỗi nếu dữ liệu là của kỳ khác',
  },
} as const;
