/**
 * What the commands tell an official besides issues: progress lines and outcomes, in one
 * catalogue beside the messages of issues (messages.ts), keyed by stable English names.
 */
export const NOTICES = {
  READING: () => 'Đang đọc và kiểm tra dữ liệu…',
  RENDERING: () => 'Đang lập báo cáo, biểu mẫu và phụ lục…',
  READING_BACK: () => 'Đang đọc lại các tệp vừa ghi để đối chiếu với dữ liệu…',
  LETTER_PDF: () => 'Đang chuyển công văn sang PDF bằng LibreOffice…',
  PDF_CONVERTING: (p: { count: number; files: string }) =>
    `Đang chuyển ${p.count} tệp sang PDF bằng LibreOffice: ${p.files}…`,
  PDF_BUNDLING: (p: { count: number; file: string }) =>
    `Đang ghép ${p.count} văn bản thành ${p.file}…`,
  VALID: (p: { province: string; period: string; units: number }) =>
    `Dữ liệu hợp lệ: ${p.province}, ${p.period}, ${p.units} đơn vị.`,
  NOTHING_WRITTEN_REPORT: () =>
    'Chưa lập được báo cáo: hãy sửa các lỗi trên rồi chạy lại. Không có tệp nào được ghi.',
  NOTHING_WRITTEN_LETTER: () =>
    'Chưa lập được công văn: hãy sửa các lỗi trên rồi chạy lại. Không có tệp nào được ghi.',
  OUTPUT_REFUSED: () =>
    'Văn bản tạo ra không khớp dữ liệu hoặc sai thể thức Nghị định 30/2020; không có tệp nào được ghi.',
  LETTER_FORMAT_REFUSED: () =>
    'Công văn tạo ra sai thể thức Nghị định 30/2020; không có tệp nào được ghi.',
  WRITTEN: (p: { count: number; folder: string; files: string }) =>
    `Đã ghi ${p.count} tệp vào "${p.folder}": ${p.files}.`,
  LETTER_WRITTEN: (p: { files: string }) => `Đã ghi ${p.files}.`,
  CHECKED_FROM_DATA: (p: { count: string }) =>
    `Đã đọc lại các tệp: ${p.count} số liệu, ô bảng và đoạn văn lấy từ dữ liệu đều khớp với dữ liệu.`,
  LETTER_CHECKED: (p: { count: string; withData: boolean }) =>
    `Đã đọc lại công văn: ${p.count} đoạn văn, dòng khung và chú thích khớp với tệp nội dung${p.withData ? ' và dữ liệu' : ''}.`,
  TYPED_CHECKED: (p: { count: string; fromData: string }) =>
    `Lời văn gõ tay: ${p.fromData} số liệu chèn từ dữ liệu; ${p.count} số liệu gõ tay đã đối chiếu với dữ liệu và khớp.`,
  TYPED_UNCHECKED: (p: { count: string }) =>
    `${p.count} con số gõ tay chưa đối chiếu được với dữ liệu (hãy tự kiểm tra, hoặc thay bằng số liệu lấy từ dữ liệu {{…}}, xem docs/figures.md):`,
  TYPED_UNCHECKED_LINE: (p: { file: string; line: number; text: string }) =>
    `  - ${p.file}, dòng ${p.line}: "${p.text}"`,
  TYPED_UNCHECKED_MORE: (p: { count: string }) => `  - … và ${p.count} số khác.`,
  IMPORT_READING: () => 'Đang đọc các tệp đã lưu từ Cổng Dịch vụ công quốc gia…',
  NOTHING_WRITTEN_IMPORT: () =>
    'Chưa nhập được số liệu của Cổng: hãy sửa các lỗi trên rồi chạy lại. Không có tệp nào được ghi.',
  IMPORT_DONE: (p: {
    set: string;
    asOf: string;
    agencies: number;
    communes: number;
    total: string;
    files: number;
  }) =>
    `Đã nhập số liệu Bộ chỉ số ${p.set} tính đến ngày ${p.asOf} từ ${p.files} trang của Cổng: tỉnh ${p.total} điểm; ${p.agencies} sở, ban, ngành và ${p.communes} xã, phường được xếp hạng.`,
  IMPORT_WRITTEN: (p: { folder: string; files: string }) => `Đã ghi vào "${p.folder}": ${p.files}.`,
  IMPORT_CHECKED: (p: { count: string }) =>
    `Đã đọc lại các tệp vừa ghi: ${p.count} điểm, tử số, mẫu số và tỷ lệ đều khớp với các trang của Cổng.`,
  IMPORT_NEEDS_FRAME: (p: { folder: string }) =>
    `Thư mục "${p.folder}" chưa có ThongTin.csv: thêm thông tin văn bản (tthc init, hoặc chép từ bộ dữ liệu mẫu) trước khi lập công văn.`,
  FORMAT_OK: () => 'Các văn bản Word đúng thể thức Nghị định 30/2020 (tthc check-format).',
  FORMAT_WARNED: (p: { count: number }) =>
    `Các văn bản Word không sai thể thức Nghị định 30/2020, nhưng có ${p.count} cảnh báo thể thức ở trên (tthc check-format).`,
  FILE_EXISTS: (p: { file: string }) => `Tệp "${p.file}" đã có. Thêm --force để ghi đè.`,
  TARGET_NOT_FOLDER: (p: { folder: string }) => `"${p.folder}" không phải là thư mục.`,
  TARGET_NOT_EMPTY: (p: { folder: string }) =>
    `Thư mục "${p.folder}" đã có tệp. Chọn thư mục khác hoặc thêm --force để ghi đè.`,
  ISSUE_TOTAL: (p: { errors: number; warnings: number }) =>
    `Tổng cộng: ${p.errors} lỗi, ${p.warnings} cảnh báo.`,
} as const;

export type NoticeKey = keyof typeof NOTICES;
