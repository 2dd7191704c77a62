import type { IssueParams, Severity } from './issue';

interface Entry {
  readonly severity: Severity;
  readonly text: (p: IssueParams) => string;
}

const error = (text: Entry['text']): Entry => ({ severity: 'error', text });
const warning = (text: Entry['text']): Entry => ({ severity: 'warning', text });

/**
 * The one catalogue of messages shown to officials. Codes are stable English identifiers
 * that tests and scripts rely on; the Vietnamese text may be reworded freely.
 */
export const MESSAGES = {
  // Reading the input
  INPUT_NOT_FOUND: error((p) => `Không tìm thấy dữ liệu "${p.path}".`),
  INPUT_UNSUPPORTED: error(
    (p) => `Không đọc được "${p.path}": cần một thư mục tệp CSV, một tệp .xlsx hoặc một tệp .json.`,
  ),
  FILE_UNREADABLE: error((p) => `Không đọc được tệp: ${p.reason}.`),
  FILE_EMPTY: error(() => 'Tệp rỗng, không có dòng tiêu đề.'),
  CSV_SYNTAX: error((p) => `Tệp CSV sai cú pháp: ${p.reason}.`),
  JSON_SYNTAX: error((p) => `Tệp JSON sai cú pháp: ${p.reason}.`),
  JSON_SHAPE: error((p) => `Cấu trúc JSON không đúng: ${p.reason}.`),
  NOT_A_WORKBOOK: error(() => 'Tệp không phải bảng tính Excel (.xlsx) hợp lệ.'),
  WORKBOOK_IGNORED: warning(
    (p) =>
      `Thư mục có bảng tính "${p.file}" nhưng chỉ các tệp CSV được đọc; để đọc bảng tính, dùng --data ${p.file}.`,
  ),
  NO_TABLES: error(() => 'Không tìm thấy bảng dữ liệu nào.'),
  // Tables and columns
  UNKNOWN_TABLE: warning(
    (p) => `Bảng "${p.table}" không thuộc mẫu dữ liệu và bị bỏ qua. Các bảng hợp lệ: ${p.known}.`,
  ),
  MISSING_TABLE: error((p) => `Thiếu bảng bắt buộc "${p.table}" (${p.title}).`),
  MISSING_COLUMN: error((p) => `Thiếu cột bắt buộc "${p.header}" (${p.column}).`),
  UNKNOWN_COLUMN: warning((p) => `Cột "${p.header}" không thuộc bảng ${p.table} và bị bỏ qua.`),
  DUPLICATE_COLUMN: error((p) => `Cột "${p.header}" xuất hiện hai lần.`),
  MISSING_FIELD: error((p) => `Thiếu trường bắt buộc "${p.field}" (${p.label}).`),
  UNKNOWN_FIELD: warning((p) => `Trường "${p.field}" không thuộc bảng ${p.table} và bị bỏ qua.`),
  DUPLICATE_FIELD: error((p) => `Trường "${p.field}" được khai báo hai lần.`),
  EXTRA_CELLS: error(
    (p) =>
      `Dòng có ${p.count} ô ngoài các cột tiêu đề (bắt đầu bằng "${p.value}"); giá trị có dấu phẩy cần đặt trong dấu ngoặc kép.`,
  ),
  // Cells
  REQUIRED_VALUE: error((p) => `Ô bắt buộc "${p.header}" đang để trống.`),
  NOT_A_NUMBER: error((p) => `"${p.value}" không phải là số (cột "${p.header}").`),
  NUMBER_AS_TEXT: warning(
    (p) => `Số "${p.value}" được nhập dạng chữ; đã đọc là ${p.number}. Nên nhập dạng số.`,
  ),
  NEGATIVE_NUMBER: error((p) => `Giá trị ${p.value} âm (cột "${p.header}").`),
  FRACTIONAL_COUNT: error(
    (p) => `Số lượng phải là số nguyên, nhận được ${p.value} (cột "${p.header}").`,
  ),
  ABOVE_MAXIMUM: error((p) => `Giá trị ${p.value} vượt mức tối đa ${p.max} (cột "${p.header}").`),
  INVALID_DATE: error(
    (p) =>
      `Ngày "${p.value}" không hợp lệ (cột "${p.header}"); nhập dạng 25/01/2026 hoặc 2026-01-25.`,
  ),
  INVALID_CHOICE: error(
    (p) => `Giá trị "${p.value}" không hợp lệ cho cột "${p.header}"; chọn một trong: ${p.allowed}.`,
  ),
  TEXT_NORMALISED: warning(
    (p) =>
      `${p.count} ô chứa chữ tiếng Việt tổ hợp (NFD) đã được chuẩn hóa về dạng dựng sẵn (NFC).`,
  ),
  // Metadata
  UNKNOWN_PROVINCE: error(
    (p) =>
      `Không có tỉnh, thành phố "${p.value}" trong danh mục 2025.${p.suggestion ? ` Có phải "${p.suggestion}"?` : ''}`,
  ),
  INVALID_PERIOD: error(
    (p) =>
      `Kỳ báo cáo "${p.value}" không hợp lệ; dùng 2026-Q1…2026-Q4, 2026-H1, 2026-9M hoặc 2026.`,
  ),
  // Cross-table rules
  DUPLICATE_UNIT: error((p) => `Mã đơn vị "${p.id}" trùng với dòng ${p.other}.`),
  DUPLICATE_UNIT_NAME: error((p) => `Tên đơn vị "${p.name}" trùng với dòng ${p.other}.`),
  UNKNOWN_UNIT: error(
    (p) =>
      `Mã đơn vị "${p.id}" không có trong bảng DonVi.${p.suggestion ? ` Có phải "${p.suggestion}"?` : ''}`,
  ),
  COMMUNE_NOT_IN_REGISTRY: error(
    (p) =>
      `Không có ${p.name} (mã ${p.id}) trong danh mục đơn vị hành chính 2025 của ${p.province}.${p.suggestion ? ` Tên gần nhất: "${p.suggestion}".` : ''}`,
  ),
  COMMUNE_NAME_MISMATCH: error(
    (p) => `Tên "${p.name}" không khớp danh mục: mã ${p.id} là "${p.official}".`,
  ),
  COMMUNE_KIND_MISMATCH: error(
    (p) => `Loại đơn vị "${p.kind}" không khớp danh mục: ${p.official} là ${p.officialKind}.`,
  ),
  COMMUNES_MISSING: warning(
    (p) =>
      `${p.count} xã, phường của ${p.province} trong danh mục chưa có trong bảng DonVi (ví dụ: ${p.examples}).`,
  ),
  DATE_OUTSIDE_PERIOD: error((p) => `Ngày ${p.date} nằm ngoài kỳ báo cáo (${p.range}).`),
  EQUATION_MISMATCH: error(
    (p) => `Biểu ${p.form}: ${p.equation} không đúng (${p.left} ≠ ${p.right}).`,
  ),
  PUBLISHED_EXCEEDS_HANDLED: error(
    (p) => `Biểu 05b: số PAKN đã công khai (${p.published}) lớn hơn số đã xử lý (${p.handled}).`,
  ),
  MERGED_DUPLICATE: warning(
    (p) => `${p.key} có ở cả ${p.first} và ${p.second}; số liệu đã được cộng gộp.`,
  ),
  DUPLICATE_READING: error(
    (p) => `Đơn vị "${p.id}" có hai lần đọc chỉ số cùng ngày ${p.date} (dòng ${p.other}).`,
  ),
  TOTAL_SCORE_MISMATCH: warning(
    (p) =>
      `Tổng điểm ${p.total} khác tổng các nhóm chỉ số ${p.sum} (chênh ${p.difference}, vượt sai số ${p.tolerance}). Số liệu được giữ nguyên; kiểm tra lại nguồn.`,
  ),
  RANK_NOT_SEQUENCE: error(
    (p) =>
      `Xếp hạng nhóm ${p.group} ngày ${p.date} không liên tục từ 1 đến ${p.count}: ${p.problem}.`,
  ),
  // Footnote rules (chu-thich.yaml) and the footnotes they write
  RULES_NOT_FOUND: error((p) => `Không tìm thấy tệp quy tắc chú thích "${p.path}".`),
  RULES_UNSUPPORTED: error(
    (p) => `Tệp quy tắc chú thích "${p.path}" phải có đuôi .yaml, .yml hoặc .json.`,
  ),
  RULES_SYNTAX: error((p) => `Tệp quy tắc chú thích sai cú pháp: ${p.reason}.`),
  RULES_FIELD: error(
    (p) =>
      `${p.rule ? `Quy tắc "${p.rule}", trường` : 'Trường'} "${p.field}" không hợp lệ: ${p.reason}`,
  ),
  RULES_TEMPLATE: error((p) => `Quy tắc "${p.rule}", mẫu câu (template): ${p.reason}.`),
  FOOTNOTE_NO_DATA: warning(
    (p) =>
      `Quy tắc "${p.rule}", danh sách "${p.list}": dữ liệu chưa có ${p.what}; danh sách để trống.`,
  ),
  FOOTNOTE_UNKNOWN_UNIT: warning(
    (p) =>
      `Quy tắc "${p.rule}", danh sách "${p.list}": mã đơn vị "${p.id}" trong qualifiers không có trong dữ liệu.${p.suggestion ? ` Có phải "${p.suggestion}"?` : ''}`,
  ),
  FOOTNOTE_EMPTY: warning(
    (p) => `Quy tắc "${p.rule}": không có đơn vị nào thỏa điều kiện, chú thích được bỏ qua.`,
  ),
  FOOTNOTE_RENDER: error((p) => `Quy tắc "${p.rule}": không viết được chú thích: ${p.reason}.`),
  // The content file (noi-dung.md) and the report
  CONTENT_FILE_MISSING: error(
    (p) =>
      `Thiếu tệp nội dung "${p.path}" (phần lời văn của báo cáo). Chép tệp noi-dung.md của kỳ trước hoặc tạo bằng "tthc init".`,
  ),
  CONTENT_SECTION_UNKNOWN: error(
    (p) =>
      `Mục "${p.key}" không có trong báo cáo.${p.suggestion ? ` Có phải "${p.suggestion}"?` : ''}`,
  ),
  CONTENT_SECTION_MISSING: error(
    (p) => `Thiếu mục "## ${p.key}" (${p.place}); để trống nếu kỳ này không có nội dung.`,
  ),
  CONTENT_SECTION_DUPLICATE: error((p) => `Mục "${p.key}" đã có ở dòng ${p.other}.`),
  CONTENT_INLINE_TOO_LONG: error(
    (p) => `Mục "${p.key}" được chèn giữa câu nên chỉ được có một dòng (đang có ${p.count} dòng).`,
  ),
  CONTENT_PLACEHOLDER_UNKNOWN: error(
    (p) =>
      `Không có số liệu "{{${p.name}}}".${p.suggestion ? ` Có phải "{{${p.suggestion}}}"?` : ''}`,
  ),
  CONTENT_SYNTAX: error((p) => `Sai cú pháp chèn số liệu: ${p.reason}.`),
  CONTENT_FOOTNOTE_UNKNOWN: error(
    (p) => `Chú thích "[^${p.key}]" không dùng được ở đây; dùng: ${p.allowed}.`,
  ),
  CONTENT_FOOTNOTE_REPEATED: error((p) => `Chú thích "[^${p.key}]" đã đặt ở dòng ${p.other}.`),
  CONTENT_FOOTNOTE_UNPLACED: warning(
    (p) =>
      `Dữ liệu có ${p.count} văn bản cho chú thích "[^${p.key}]" nhưng tệp nội dung không đặt chú thích này; chú thích bị bỏ.`,
  ),
  REPORT_FIGURE_MISSING: error(
    (p) => `Báo cáo cần số liệu "${p.field}" (bảng SoLieu) nhưng dữ liệu chưa có.`,
  ),
  // Letters (công văn)
  LETTER_FILE_MISSING: error((p) => `Không tìm thấy tệp nội dung công văn "${p.path}".`),
  LETTER_NO_FRAME: error(
    () =>
      'Tệp công văn phải bắt đầu bằng phần khung giữa hai dòng "---" (số, ký hiệu, ngày, trích yếu, kính gửi, người ký…).',
  ),
  LETTER_YAML: error((p) => `Phần khung công văn sai cú pháp: ${p.reason}.`),
  LETTER_FIELD: error((p) => `Trường "${p.field}" của khung công văn không hợp lệ: ${p.reason}.`),
  LETTER_PROVINCE: error((p) => `Không có tỉnh "${p.value}" trong danh mục 34 tỉnh, thành phố.`),
  LETTER_FOOTNOTE_UNDEFINED: error(
    (p) => `Chú thích "[^${p.key}]" được dùng nhưng chưa viết nội dung ("[^${p.key}]: …").`,
  ),
  TEMPLATE_NOT_FOUND: error((p) => `Không tìm thấy mẫu văn bản "${p.path}".`),
  TEMPLATE_ERROR: error((p) => `Mẫu báo cáo lỗi ở thẻ "${p.tag}": ${p.reason}.`),
  // Batch builds (tthc batch)
  BATCH_ROOT_NOT_FOUND: error((p) => `Không tìm thấy thư mục bộ dữ liệu "${p.root}".`),
  BATCH_ROOT_EMPTY: error(
    (p) =>
      `Thư mục "${p.root}" không có bộ dữ liệu nào: cần các thư mục tệp CSV, tệp .xlsx hoặc tệp .json.`,
  ),
  BATCH_DATASET_FAILED: error(
    (p) => `Không lập được bộ văn bản (mã thoát ${p.exit}); không có tệp nào được ghi:${p.reasons}`,
  ),
  BATCH_DATASET_WARNINGS: warning(
    (p) => `Đã lập bộ văn bản; dữ liệu có ${p.count} cảnh báo:${p.reasons}`,
  ),
} satisfies Record<string, Entry>;

export type IssueCode = keyof typeof MESSAGES;
