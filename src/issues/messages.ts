import type { Entry, IssueParams } from './entry';

const error = (text: Entry['text']): Entry => ({ severity: 'error', text });
const warning = (text: Entry['text']): Entry => ({ severity: 'warning', text });

// Conformance with Nghị định 30/2020 (tthc check-format): what is wrong with an element.
const ALIGN_WORDS: Readonly<Record<string, string>> = {
  left: 'trái',
  center: 'giữa',
  right: 'phải',
  both: 'đều hai bên',
  distribute: 'dàn đều',
};
const PLACE_WORDS: Readonly<Record<string, string>> = {
  'top-right': 'ở đầu trang, bên phải',
  'top-left': 'ở đầu trang, bên trái',
  left: 'ở bên trái, ngang hàng với phần chữ ký',
  'under-number': 'ngay dưới số, ký hiệu',
  'beside-number': 'cùng hàng với số, ký hiệu',
};
const SIDE_WORDS: Readonly<Record<string, string>> = {
  top: 'trên',
  bottom: 'dưới',
  left: 'trái',
  right: 'phải',
};
const UNREADABLE_WORDS: Readonly<Record<string, string>> = {
  'not-zip': 'tệp không phải dạng .docx (có thể là tệp .doc cũ, PDF hay tệp được đổi đuôi)',
  damaged: 'tệp nén bị hỏng',
  'no-document':
    'không có phần nội dung của văn bản Word (word/document.xml); có thể là bảng tính hay tệp khác được đổi đuôi',
  'not-found': 'không tìm thấy tệp',
  'not-file': 'đây không phải một tệp',
  'bad-xml': 'một phần XML bị hỏng',
};

/** The defects an element of the presentation can have; `found` and `expected` fill them. */
export const FORMAT_DEFECTS = {
  missing: () => 'không tìm thấy',
  text: (p: IssueParams) => `viết "${p.found}", cần "${p.expected}"`,
  pattern: (p: IssueParams) => `"${p.found}" không đúng mẫu "${p.expected}"`,
  bold: () => 'chưa in đậm',
  italic: () => 'chưa in nghiêng',
  caps: () => 'chưa viết in hoa',
  size: (p: IssueParams) => `cỡ chữ ${p.found} pt, cần ${p.expected} pt`,
  align: (p: IssueParams) =>
    `căn ${ALIGN_WORDS[String(p.found)] ?? p.found}, cần căn ${ALIGN_WORDS[String(p.expected)] ?? p.expected}`,
  rule: () => 'thiếu đường kẻ bên dưới',
  place: (p: IssueParams) => `cần đặt ${PLACE_WORDS[String(p.expected)] ?? p.expected}`,
  'pad-number': (p: IssueParams) =>
    `số dưới 10 viết có số 0 ở đầu: "${p.expected}", không phải "${p.found}"`,
  'unpad-number': (p: IssueParams) =>
    `số từ 10 trở lên không viết số 0 ở đầu: "${p.expected}", không phải "${p.found}"`,
  'pad-day': (p: IssueParams) =>
    `ngày dưới 10 viết có số 0 ở đầu: "${p.expected}", không phải "${p.found}"`,
  'pad-month': (p: IssueParams) =>
    `tháng 1 và 2 viết có số 0 ở đầu: "${p.expected}", không phải "${p.found}"`,
  'unpad-month': (p: IssueParams) =>
    `tháng 3 đến 12 không viết số 0 ở đầu: "${p.expected}", không phải "${p.found}"`,
  'no-such-date': (p: IssueParams) => `ngày "${p.found}" không có thật`,
  'blank-month': () => 'chỉ được để trống tháng khi ngày cũng để trống (văn bản dự thảo)',
  'first-page': () =>
    'hiện ở trang đầu; trang đầu không đánh số (bật "Trang đầu khác" và để trống đầu trang của trang đầu)',
  'no-field': () => 'đầu trang không có trường số trang (PAGE)',
  'not-arabic': (p: IssueParams) => `đánh bằng "${p.found}", cần chữ số Ả Rập`,
  dash: (p: IssueParams) => `dòng "${p.found}" cần bắt đầu bằng "- "`,
  semicolon: (p: IssueParams) => `dòng "${p.found}" cần kết thúc bằng dấu ";"`,
  archive: (p: IssueParams) => `dòng cuối cần là "- Lưu: …." (đang là "${p.found}")`,
  empty: () => 'chưa có dòng nào',
  'signature-space': () => 'thiếu khoảng trống để ký giữa chức vụ và họ tên',
  'needs-title': (p: IssueParams) => `sau "${p.found}" cần dòng chức vụ của người ký`,
  'landscape-main': () =>
    'văn bản chính trình bày theo chiều dọc; chiều ngang chỉ dành cho phụ lục, bảng rộng',
  'orient-mismatch': (p: IssueParams) =>
    `khai báo hướng giấy "${p.found}" không khớp kích thước trang ${p.expected} mm`,
  'first-page-continued': () =>
    'phần này đánh số tiếp theo phần trước nhưng trang đầu của phần không hiện số trang (tắt "Trang đầu khác" cho phần này)',
} satisfies Record<string, (p: IssueParams) => string>;

export type FormatDefect = keyof typeof FORMAT_DEFECTS;

/** "Quốc hiệu: chưa in đậm." — an element and its defect. */
const element =
  (name: string) =>
  (p: IssueParams): string =>
    `${name}: ${FORMAT_DEFECTS[p.defect as FormatDefect]?.(p) ?? p.defect}.`;

/**
 * The one catalogue of messages shown to officials. Codes are stable English identifiers
 * that tests and scripts rely on; the Vietnamese text may be reworded freely.
 */
/** The lines a batch summary quotes (line1, line2, line3), then how many more there are. */
const quotedLines = (p: IssueParams): string =>
  [p.line1, p.line2, p.line3]
    .filter((l) => l !== undefined)
    .concat(
      Number(p.more) > 0
        ? [`… và ${p.more} dòng khác (tthc build --data <bộ dữ liệu> cho xem hết)`]
        : [],
    )
    .join(' | ');

export const MESSAGES = {
  // Reading the input
  INPUT_NOT_FOUND: error((p) => `Không tìm thấy dữ liệu "${p.path}".`),
  INPUT_UNSUPPORTED: error(
    (p) => `Không đọc được "${p.path}": cần một thư mục tệp CSV, một tệp .xlsx hoặc một tệp .json.`,
  ),
  FILE_UNREADABLE: error((p) => `Không đọc được tệp: ${p.reason}.`),
  FILE_EMPTY: error(() => 'Tệp rỗng, không có dữ liệu.'),
  FILE_ENCODING: error(
    (p) =>
      `Tệp không ở mã UTF-8${p.found ? ` (tệp ở mã ${p.found})` : ''} nên chữ tiếng Việt không đọc được. Mở tệp bằng Notepad, chọn Lưu thành với Mã hóa "UTF-8", rồi chạy lại.`,
  ),
  CSV_SYNTAX: error((p) => `Tệp CSV sai cú pháp: ${p.reason}.`),
  CSV_LINE_TOO_LONG: error(
    (p) =>
      `Dòng dài hơn ${p.limit} (một ô hoặc một dòng quá dài, thường do dấu ngoặc kép mở ở dòng này mà không đóng); tệp không được đọc tiếp. Kiểm tra dòng này trong Excel.`,
  ),
  CSV_SEPARATOR_MIX: error(
    (p) =>
      `Dòng tiêu đề ngăn cách các cột bằng dấu ${p.header} nhưng ${p.count} dòng, từ dòng này, dùng dấu ${p.other}, nên mỗi dòng chỉ đọc được một ô; các dòng này chưa được đọc. Lưu lại tệp với một dấu ngăn cách duy nhất (Excel: Lưu thành → "CSV UTF-8").`,
  ),
  TOO_MANY_ROWS: error(
    (p) =>
      `Bảng có hơn ${p.limit} dòng, vượt giới hạn; bảng không được đọc. Bộ dữ liệu của một tỉnh chỉ có vài nghìn dòng: kiểm tra lại tệp đã chọn.`,
  ),
  JSON_SYNTAX: error((p) => `Tệp JSON sai cú pháp: ${p.reason}.`),
  JSON_SHAPE: error((p) => `Cấu trúc JSON không đúng: ${p.reason}.`),
  JSON_DUPLICATE_KEY: error(
    (p) =>
      `Khóa "${p.key}" xuất hiện hai lần ${p.where} (dòng ${p.other} và dòng ${p.line}); JSON chỉ giữ lần sau nên một phần dữ liệu sẽ bị bỏ mất. Gộp hoặc xóa một lần.`,
  ),
  JSON_NESTED_VALUE: error(
    (p) =>
      `Ô chứa ${p.kind === 'array' ? 'một danh sách […]' : 'một đối tượng {…}'} chứ không phải một giá trị; cần chữ, số hoặc ngày (cột "${p.header}").`,
  ),
  NOT_A_WORKBOOK: error(
    (p) => `Tệp không phải bảng tính Excel (.xlsx) hợp lệ${p.what ? `: ${p.what}` : ''}.`,
  ),
  WORKBOOK_IGNORED: warning(
    (p) =>
      `Thư mục có bảng tính "${p.file}" nhưng chỉ các tệp CSV được đọc; để đọc bảng tính, dùng --data ${p.file}.`,
  ),
  NO_TABLES: error(() => 'Không tìm thấy bảng dữ liệu nào.'),
  // Tables and columns
  UNKNOWN_TABLE: warning(
    (p) =>
      `Bảng "${p.table}" không thuộc mẫu dữ liệu và bị bỏ qua.${p.suggestion ? ` Có phải "${p.suggestion}"? Tên trang hoặc tệp phải đúng mã bảng.` : ''} Các bảng hợp lệ: ${p.known}.`,
  ),
  TABLE_MISNAMED: error(
    (p) =>
      `Bảng "${p.table}" có vẻ là bảng "${p.suggestion}" — ${p.title}, nhận ra ${p.why} — nhưng tên không đúng mã bảng, nên chưa được đọc; nếu bỏ qua, các số liệu của bảng này sẽ thiếu trong báo cáo. Đổi tên trang hoặc tệp thành "${p.suggestion}".`,
  ),
  STRAY_TABLE_COPY: error(
    (p) =>
      `"${p.table}" là tên của một bản sao (${p.marker}) của bảng "${p.id}" nên không được đọc: cộng thêm một bản sao sẽ nhân đôi mọi số liệu. Xóa bản sao; nếu đây là một nguồn khác của bảng, đặt tên dạng "${p.id}-<tên nguồn>" (ví dụ "${p.id}-igate").`,
  ),
  DUPLICATE_SOURCE: error(
    (p) =>
      `"${p.table}" có đúng các dòng của "${p.other}" (${p.rows} dòng): có thể là bản sao của cùng một tệp. Cộng cả hai sẽ nhân đôi số liệu; xóa một bản.`,
  ),
  MISSING_TABLE: error((p) => `Thiếu bảng bắt buộc "${p.table}" (${p.title}).`),
  REPORT_TABLE_MISSING: error(
    (p) =>
      `Thiếu bảng "${p.table}" (${p.title}): bộ dữ liệu có các bảng của báo cáo quý (${p.present}) nhưng không có bảng này, nên không lập được báo cáo. Kiểm tra tên trang hoặc tệp.`,
  ),
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
  BLANK_ROWS_SKIPPED: warning(
    (p) =>
      `${p.count} dòng chưa điền số liệu nào đã được bỏ qua (dòng ${p.rows}). Ô số lượng để trống được đọc là 0: muốn giữ một dòng toàn số 0, nhập 0 vào ít nhất một ô của dòng.`,
  ),
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
      `Mã đơn vị "${p.id}" không có trong bảng DonVi; có thể ghi mã hoặc đúng tên một đơn vị.${p.suggestion ? ` Có phải "${p.suggestion}"${p.name ? ` (${p.name})` : ''}?` : ''}`,
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
  REPORT_DATE_OUTSIDE_PERIOD: error(
    (p) =>
      `Ngày báo cáo ${p.date} không hợp với kỳ ${p.period} (${p.range}): ${p.why}. Kiểm tra lại ngày hoặc kỳ báo cáo.`,
  ),
  REPORT_DATE_LATE: warning(
    (p) =>
      `Ngày báo cáo ${p.date} sau ngày cuối kỳ ${p.period} (${p.to}) hơn ${p.months} tháng; kiểm tra lại ngày hoặc kỳ báo cáo.`,
  ),
  EQUATION_MISMATCH: error(
    (p) =>
      `${p.total} phải bằng ${p.parts}: ${p.left} ≠ ${p.right} [Biểu ${p.form}: ${p.equation}].`,
  ),
  CARRY_OVER_MISMATCH: error(
    (p) =>
      `${p.unit}: số từ kỳ trước chuyển sang [06c (6)] là ${p.value}, nhưng cuối kỳ trước còn ${p.pending} hồ sơ đang giải quyết [06c (11)] (${p.previous}). Sửa một trong hai nơi cho khớp.`,
  ),
  CARRY_OVER_UNIT_MISSING: error(
    (p) =>
      `${p.unit} còn ${p.pending} hồ sơ đang giải quyết cuối kỳ trước nhưng không có dòng nào trong HoSo kỳ này để chuyển sang.`,
  ),
  PREVIOUS_PERIOD_NOT_BEFORE: error(
    (p) =>
      `Dữ liệu kỳ trước (--ky-truoc) là của ${p.previous}, không phải kỳ liền trước ${p.current}: không đối chiếu được số chuyển sang.`,
  ),
  PREVIOUS_DATA_INVALID: error(
    (p) =>
      `Dữ liệu kỳ trước "${p.path}" có ${p.count} lỗi nên chưa đối chiếu được số chuyển sang; kiểm tra bằng: tthc validate --data ${p.path}`,
  ),
  PARTS_FOR_QUARTER: error(
    (p) =>
      `Kỳ báo cáo là ${p.period}, một quý: chỉ báo cáo 6 tháng, 9 tháng và năm được lập từ dữ liệu các quý (--cac-quy). Lập báo cáo quý từ bộ dữ liệu đầy đủ của quý (--data).`,
  ),
  PART_IS_PACKAGE: error(
    (p) =>
      `"${p.path}" là một bộ văn bản đã lập (có ${p.file}), không mang dữ liệu để cộng. Đưa vào --cac-quy bộ dữ liệu của quý đó (thư mục CSV, tệp .xlsx hoặc .json) mà bộ văn bản được lập từ.`,
  ),
  PART_OTHER_PROVINCE: error(
    (p) =>
      `Dữ liệu "${p.part}" là của ${p.found}, không phải của ${p.expected}: không cộng vào ${p.period} được.`,
  ),
  PART_OTHER_YEAR: error(
    (p) =>
      `Dữ liệu "${p.part}" là của ${p.found}, không thuộc ${p.period}: chỉ các quý của cùng năm được cộng.`,
  ),
  PART_OUTSIDE_PERIOD: error(
    (p) => `Dữ liệu "${p.part}" là của ${p.found}, nằm ngoài ${p.period}: bỏ bộ dữ liệu này ra.`,
  ),
  PART_OVERLAP: error(
    (p) =>
      `Dữ liệu "${p.part}" (${p.found}) và "${p.other}" (${p.otherPeriod}, ${p.place}) cùng chứa ${p.quarter}: số liệu một quý chỉ được cộng một lần.`,
  ),
  PARTS_GAP: error(
    (p) =>
      `Chưa đủ dữ liệu để lập ${p.period}: thiếu ${p.missing}. Thêm bộ dữ liệu của quý đó vào --cac-quy.`,
  ),
  PART_UNIT_ABSENT: warning(
    (p) =>
      `${p.unit} có số liệu hồ sơ (HoSo) ở ${p.present} nhưng không có ở ${p.absent}: số của kỳ chỉ cộng các quý có số liệu; số đang giải quyết lấy ở quý cuối, số chuyển sang lấy ở quý đầu (không có dòng thì là 0).`,
  ),
  PART_FEEDBACK_PENDING: error(
    (p) =>
      `PAKN lĩnh vực "${p.field}": cuối ${p.part} còn ${p.pending} PAKN đang xử lý [05b (9)]. Biểu 05b không có cột "từ kỳ trước chuyển sang" và lĩnh vực này nhận cả PAKN về quy định lẫn về hành vi, nên không biết số đang xử lý thuộc loại nào: số PAKN các quý không cộng được thành ${p.period} mà không tính trùng. Nhập bảng PAKN của cả kỳ vào dữ liệu của kỳ (${p.own}).`,
  ),
  PART_TABLE_OWN: warning(
    (p) => `Bảng ${p.table} lấy từ dữ liệu của kỳ (${p.file}), không cộng từ các quý.`,
  ),
  CARRY_OVER_FILLED: warning(
    (p) =>
      `${p.unit}: ô "Từ kỳ trước chuyển sang" [06c (6)] để trống đã được điền ${p.value}, số hồ sơ đang giải quyết cuối kỳ trước [06c (11)] (${p.previous}).`,
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
  INDEX_RANK_MISSING: error(
    (p) =>
      `Đơn vị "${p.id}" chưa có xếp hạng ngày ${p.date}: chỉ dòng của tỉnh (TINH) được để trống.`,
  ),
  // Index 766 against the indicator set in force at the reading date (docs/index-766.md)
  INDEX_NO_SET: error(
    (p) =>
      `Không có bộ chỉ số 766 nào áp dụng cho ngày ${p.date} (bộ đầu tiên áp dụng từ 23/6/2022).`,
  ),
  INDEX_GROUP_MISSING: error(
    (p) =>
      `Thiếu điểm nhóm "${p.group}": bộ chỉ số ${p.set} áp dụng cho ngày ${p.date} chấm nhóm này.`,
  ),
  INDEX_GROUP_NOT_IN_SET: error(
    (p) =>
      `Cột ${p.column} phải để trống: bộ chỉ số ${p.set} áp dụng cho ngày ${p.date} có ${p.groups} nhóm và không chấm nhóm này.`,
  ),
  INDEX_SCORE_ABOVE_MAX: error(
    (p) => `Điểm nhóm "${p.group}" ${p.score} vượt điểm tối đa ${p.max} của bộ chỉ số ${p.set}.`,
  ),
  SUB_INDICATOR_UNKNOWN: error(
    (p) =>
      `Chỉ số thành phần "${p.code}" không có trong bộ chỉ số ${p.set}.` +
      (p.suggestion ? ` Có phải "${p.suggestion}"?` : ' Xem docs/index-766.md.'),
  ),
  SUB_INDICATOR_DUPLICATE: error(
    (p) =>
      `Đơn vị "${p.id}" có hai dòng chỉ số thành phần ${p.code} cùng ngày ${p.date} (dòng ${p.other}).`,
  ),
  SUB_INDICATOR_SCORE_ABOVE_MAX: error((p) =>
    Number(p.max) === 0
      ? `Chỉ số thành phần ${p.code} chỉ để theo dõi, không có điểm trong bộ chỉ số ${p.set}; ô điểm ${p.score} phải để trống.`
      : `Điểm chỉ số thành phần ${p.code} ${p.score} vượt điểm tối đa ${p.max} của bộ chỉ số ${p.set}.`,
  ),
  SUB_INDICATOR_RATIO_MISMATCH: warning(
    (p) =>
      `Tỷ lệ ${p.ratio}% của chỉ số thành phần ${p.code} khác tử số / mẫu số ${p.numerator}/${p.denominator} = ${p.expected}%. Số liệu được giữ nguyên; kiểm tra lại nguồn.`,
  ),
  SUB_INDICATOR_SUM_MISMATCH: warning(
    (p) =>
      `Điểm nhóm "${p.group}" của đơn vị "${p.id}" ngày ${p.date} là ${p.score}, khác tổng điểm các chỉ số thành phần ${p.sum}. Số liệu được giữ nguyên; kiểm tra lại nguồn.`,
  ),
  // tthc import-766: the portal's saved pages (docs/index-766.md)
  PORTAL_FOLDER: error((p) => `Không tìm thấy thư mục các tệp đã lưu từ Cổng "${p.path}".`),
  PORTAL_NO_FILES: error(
    (p) =>
      `Thư mục "${p.path}" không có tệp .json nào. Lưu phản hồi của từng trang đánh giá trên Cổng Dịch vụ công quốc gia thành tệp .json rồi chạy lại.`,
  ),
  PORTAL_TOO_MANY_FILES: error(
    (p) =>
      `Thư mục "${p.path}" có hơn ${p.limit} tệp .json: đây không phải thư mục các trang đánh giá đã lưu từ Cổng (mỗi kỳ sáu tệp). Chọn đúng thư mục rồi chạy lại.`,
  ),
  PORTAL_JSON: error(
    (p) =>
      `Tệp không đọc được như JSON: ${p.reason}. Tệp có thể bị lưu thiếu (bị cắt giữa chừng); lưu lại phản hồi của trang.`,
  ),
  PORTAL_ENDPOINT_UNKNOWN: error(
    (p) =>
      `Tệp không phải phản hồi của một trang đánh giá Bộ chỉ số trên Cổng mà lệnh đọc được (${p.pages}). Kiểm tra lại địa chỉ trang đã lưu.`,
  ),
  PORTAL_NOT_OK: error(
    (p) =>
      `Cổng trả lời lỗi thay vì số liệu (code "${p.code}"${p.message ? `: ${p.message}` : ''}). Đăng nhập lại và lưu lại trang.`,
  ),
  PORTAL_SHAPE: error((p) => `Tệp có cấu trúc khác phản hồi của Cổng ở ${p.at}: ${p.reason}.`),
  PORTAL_METRIC_UNKNOWN: warning(
    (p) =>
      `Chỉ số "${p.code}" của nhóm "${p.group}" không có trong bộ chỉ số ${p.set}: không được nhập.`,
  ),
  PORTAL_GROUP_MISSING: error(
    (p) =>
      `Thiếu trang của nhóm "${p.group}" (${p.page}): cần đủ các trang ${p.pages} của cùng một kỳ.`,
  ),
  PORTAL_GROUP_TWICE: error(
    (p) => `Nhóm "${p.group}" đã có ở tệp ${p.other}: mỗi trang chỉ lưu một lần, cùng một kỳ.`,
  ),
  PORTAL_OTHER_PROVINCE: error(
    (p) => `Tệp là số liệu của "${p.found}", không phải của ${p.expected}.`,
  ),
  PORTAL_PAGE_INCOMPLETE: error(
    (p) =>
      `Tệp chỉ có ${p.rows} trong ${p.total} đơn vị (trang đã lưu chưa đủ): chọn số dòng mỗi trang lớn hơn ${p.total} rồi lưu lại.`,
  ),
  PORTAL_MAX_MISMATCH: error(
    (p) =>
      `Cổng ghi điểm tối đa ${p.found} cho ${p.what}, bộ chỉ số ${p.set} là ${p.max}: tệp thuộc bộ chỉ số khác với ngày --as-of?`,
  ),
  PORTAL_SCORE_ABOVE_MAX: error(
    (p) => `Điểm ${p.what} ${p.score} vượt điểm tối đa ${p.max} của bộ chỉ số ${p.set}.`,
  ),
  PORTAL_UNIT_MISSING: error(
    (p) =>
      `Thiếu đơn vị "${p.name}" (có trong tệp ${p.other}): các trang phải lưu cùng một danh sách đơn vị.`,
  ),
  PORTAL_UNIT_REPEATED: error((p) => `Đơn vị "${p.name}" có hai lần trong tệp.`),
  PORTAL_PERIODS_MIXED: error(
    (p) => `Các tệp không cùng một kỳ: ${p.reason}. Lưu lại các trang với cùng một kỳ đánh giá.`,
  ),
  PORTAL_UNMATCHED: error(
    (p) =>
      `Đơn vị "${p.name}" trên Cổng không khớp với đơn vị nào của ${p.where}.` +
      (p.suggestion ? ` Có phải "${p.suggestion}"?` : '') +
      ' Ghi mã đơn vị vào bảng DonViCong766 (hoặc thêm đơn vị vào bảng Đơn vị) rồi chạy lại.',
  ),
  PORTAL_AMBIGUOUS: error(
    (p) =>
      `Đơn vị "${p.name}" trên Cổng khớp với nhiều đơn vị: ${p.units}. Ghi mã đơn vị đúng vào bảng DonViCong766 rồi chạy lại.`,
  ),
  PORTAL_COMMUNE_NOT_IN_UNITS: error(
    (p) =>
      `${p.name} (mã ${p.code}) có trên Cổng nhưng chưa có trong bảng Đơn vị: thêm dòng cho đơn vị này rồi chạy lại.`,
  ),
  PORTAL_DEPARTMENT_TWICE: error(
    (p) =>
      `Đơn vị trên Cổng "${p.id}" được ghép với hai đơn vị: ${p.first} (dòng ${p.row}) và ${p.second}. Giữ một dòng.`,
  ),
  PORTAL_MAPPING_UNIT: error(
    (p) => `Mã đơn vị "${p.id}" (ghép với "${p.name}" trên Cổng) không có trong bảng Đơn vị.`,
  ),
  PORTAL_UNIT_TWICE: error(
    (p) =>
      `Hai đơn vị trên Cổng cùng ghép với ${p.unit}: "${p.first}" và "${p.second}". Ghi mã đúng vào bảng DonViCong766 rồi chạy lại.`,
  ),
  PORTAL_AGENCY_NAMED: warning(
    (p) =>
      `Bảng Đơn vị được tạo mới; tên của ${p.count} cơ quan lấy theo Cổng, hãy soát chính tả: ${p.names}.`,
  ),
  PORTAL_NO_DOSSIERS: warning(
    (p) =>
      `${p.name} không có hồ sơ nào trong kỳ trên Cổng: tổng điểm ${p.total} chỉ gồm các chỉ số không tính theo hồ sơ; xếp hạng ${p.rank} cần đọc với lưu ý này.`,
  ),
  PORTAL_NO_SET: error(
    (p) =>
      `Bộ chỉ số ${p.set} áp dụng cho ngày ${p.date} không có trang nào trên Cổng để nhập (Cổng chấm theo 6 nhóm từ năm 2026).`,
  ),
  PORTAL_OUT_NOT_FOLDER: error(
    (p) =>
      `"${p.path}" không phải thư mục: --out là thư mục của bộ dữ liệu (các tệp CSV), lệnh ghi các bảng 766 vào đó.`,
  ),
  PORTAL_WRITTEN_MISMATCH: error(
    (p) => `Đọc lại tệp vừa ghi: ${p.what} cần ${p.expected} theo Cổng, tệp ghi ${p.found}.`,
  ),
  PORTAL_TABLE_UNREADABLE: error(
    (p) => `Không dùng được bảng ${p.table} của bộ dữ liệu: sửa các lỗi trên rồi chạy lại.`,
  ),
  PORTAL_DATA_FLAG: warning(
    (p) =>
      `Cổng Dịch vụ công quốc gia cảnh báo chất lượng dữ liệu ${p.flag} ở chỉ số thành phần ${p.code} ngày ${p.date}` +
      (p.message ? ` ("${p.message}")` : '') +
      `: ${p.count} đơn vị (${p.units}). Số liệu được giữ nguyên như Cổng công bố.`,
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
  CONTENT_SECTION_EMPTY: error(
    (p) =>
      `Mục "## ${p.key}" (${p.place}) còn trống mà báo cáo không thể thiếu: viết nội dung từ dòng ${p.below}, dưới tên mục.`,
  ),
  CONTENT_INLINE_TOO_LONG: error(
    (p) => `Mục "${p.key}" được chèn giữa câu nên chỉ được có một dòng (đang có ${p.count} dòng).`,
  ),
  CONTENT_PLACEHOLDER_UNKNOWN: error(
    (p) => `Không có số liệu "{{${p.name}}}".${p.suggestion ? ` Có phải ${p.suggestion}?` : ''}`,
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
  CONTENT_OTHER_PROVINCE: warning(
    (p) =>
      `Tệp nội dung viết "${p.found}" — ${p.other}, không phải ${p.own} của văn bản này. Nếu đoạn này chép từ báo cáo của địa phương khác, sửa lại tên; nếu cố ý nhắc đến ${p.other}, bỏ qua cảnh báo này.`,
  ),
  REPORT_FIGURE_MISSING: error(
    (p) => `Báo cáo cần số liệu "${p.field}" (bảng SoLieu) nhưng dữ liệu chưa có.`,
  ),
  FIGURE_MISSING: error(
    (p) => `Văn bản cần số liệu {{${p.id}}} (${p.label}) nhưng dữ liệu chưa có.`,
  ),
  FIGURE_RATE_OF_NOTHING: error(
    (p) =>
      `Văn bản in tỷ lệ {{${p.id}}} (${p.label}) nhưng dữ liệu kỳ này không có mẫu số (bằng 0), nên tỷ lệ không tính được. Bỏ câu này, hoặc đặt nó trong một điều kiện {{#if …}}…{{/if}} (docs/figures.md).`,
  ),
  CONTENT_FIGURE_MISMATCH: error(
    (p) =>
      `Số liệu gõ tay không khớp dữ liệu: "${p.excerpt}" — ${p.name} theo dữ liệu là ${p.expected}, không phải ${p.found}. Sửa số, hoặc dùng {{${p.id}}} để lấy từ dữ liệu.`,
  ),
  LETTER_IGNORED: warning(
    (p) =>
      `Thư mục dữ liệu có tệp "${p.file}" nhưng dữ liệu chưa có điểm Chỉ số 766 của tỉnh (bảng ChiSo766): công văn không được lập.`,
  ),
  // Reading the written files back (verify)
  OUTPUT_FIGURE_MISSING: error(
    (p) => `Số liệu khác dữ liệu: cần "${p.expected}", tệp ghi ${p.found}.`,
  ),
  OUTPUT_FORM_DISAGREES: error(
    (p) => `Lời văn và biểu không khớp: lời văn ghi ${p.expected}, biểu ghi ${p.found}.`,
  ),
  OUTPUT_CELL_MISMATCH: error(
    (p) => `Ô bảng khác dữ liệu: cần "${p.expected}", tệp ghi "${p.found}".`,
  ),
  OUTPUT_FOOTNOTE_MISMATCH: error(
    (p) => `Chú thích khác dữ liệu: cần "${p.expected}", tệp ghi "${p.found}".`,
  ),
  OUTPUT_TEXT_MISSING: error(
    (p) => `Không thấy đoạn văn đúng như dữ liệu và tệp nội dung: "${p.expected}" (${p.found}).`,
  ),
  OUTPUT_LEFTOVER: error((p) => `Tệp còn sót "${p.found}" (${p.expected}).`),
  OUTPUT_EQUATION_BROKEN: error(
    (p) => `Biểu không cộng đúng: ${p.expected}, nhưng tổng là ${p.found}.`,
  ),
  OUTPUT_TABLE_MISSING: error((p) => `Tệp thiếu ${p.expected}.`),
  OUTPUT_PDF_MISMATCH: error(
    (p) => `Bản PDF khác tệp gốc: cần ${p.expected}; trong PDF: ${p.found}.`,
  ),
  // Letters (công văn)
  LETTER_FILE_MISSING: error((p) => `Không tìm thấy tệp nội dung công văn "${p.path}".`),
  LETTER_NO_FRAME: error(
    () =>
      'Tệp công văn phải bắt đầu bằng phần khung giữa hai dòng "---" (số, ký hiệu, ngày, trích yếu, kính gửi, người ký…).',
  ),
  LETTER_YAML: error((p) => `Phần khung công văn sai cú pháp: ${p.reason}.`),
  LETTER_FIELD: error((p) => `Trường "${p.field}" của khung công văn không hợp lệ: ${p.reason}.`),
  LETTER_CONTROL_CHARACTERS: warning(
    (p) =>
      `Dòng có ${p.count} ký tự điều khiển không in được (${p.codes}); các ký tự này đã được bỏ.`,
  ),
  LETTER_BIDI_CONTROL: error(
    (p) =>
      `Dòng có ký tự điều khiển hướng chữ (${p.codes}), làm chữ hiện đảo ngược hoặc sai thứ tự; xóa ký tự này.`,
  ),
  LETTER_PROVINCE: error((p) => `Không có tỉnh "${p.value}" trong danh mục 34 tỉnh, thành phố.`),
  LETTER_ATTACHMENT_UNSAID: warning(
    (p) =>
      `Công văn gửi kèm ${p.annexes} (trường kem_theo) nhưng không có câu nào nói "kèm theo": thêm câu gửi kèm, hoặc bỏ phụ lục khỏi kem_theo.`,
  ),
  LETTER_ATTACHMENT_NONE: warning(
    () =>
      'Công văn nói "kèm theo" nhưng kem_theo để trống nên không có phụ lục nào được ghi: ghi kem_theo: [xep_hang] (hoặc chi_tieu_don_vi) nếu công văn gửi kèm phụ lục.',
  ),
  LETTER_FOOTNOTE_UNDEFINED: error(
    (p) => `Chú thích "[^${p.key}]" được dùng nhưng chưa viết nội dung ("[^${p.key}]: …").`,
  ),
  TEMPLATE_NOT_FOUND: error((p) => `Không tìm thấy mẫu văn bản "${p.path}".`),
  TEMPLATE_NOT_WORD: error(
    (p) =>
      `Mẫu "${p.path}" không dùng được: ${p.why}. Chọn một văn bản Word .docx (trong Word: Lưu thành → "Tài liệu Word (*.docx)").`,
  ),
  TEMPLATE_ERROR: error((p) => `Mẫu báo cáo lỗi ở thẻ "${p.tag}": ${p.reason}.`),
  // PDF (--pdf)
  SOFFICE_MISSING: error(
    (p) =>
      `Không tìm thấy LibreOffice (lệnh "${p.command}"), cần để xuất PDF (--pdf). Cài đặt: sudo apt-get install libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2 poppler-utils (hoặc bỏ --pdf; có thể chỉ đường dẫn soffice bằng biến TTHC_SOFFICE).`,
  ),
  PDFTOTEXT_MISSING: error(
    () =>
      'Không tìm thấy lệnh pdftotext, cần để đọc lại tệp PDF sau khi xuất (--pdf). Cài đặt: sudo apt-get install poppler-utils',
  ),
  PDF_FONT_MISSING: warning(
    (p) =>
      `Máy không có phông Times New Roman hoặc Liberation Serif (LibreOffice sẽ dùng "${p.font}"): trang PDF có thể ngắt khác bản in từ Word. Cài đặt: sudo apt-get install fonts-liberation2`,
  ),
  PDF_CONVERSION_FAILED: error((p) => `LibreOffice không chuyển được tệp sang PDF: ${p.reason}.`),
  PDF_CONVERSION_TIMEOUT: error(
    (p) =>
      `LibreOffice chưa chuyển xong tệp sang PDF sau ${p.seconds} giây nên đã bị dừng. Máy có thể đang bận; hãy chạy lại.`,
  ),
  PDF_WARM_UNAVAILABLE: warning(
    (p) =>
      `Không khởi động được LibreOffice chạy sẵn (${p.reason}); các tệp được chuyển sang PDF theo cách thường, mỗi lần chạy một LibreOffice mới (chậm hơn). LibreOffice chạy sẵn cần gói python3-uno: sudo apt-get install python3-uno`,
  ),
  PDF_CONVERTER_UNKNOWN: error(
    (p) =>
      `Biến môi trường TTHC_PDF_CONVERTER là "${p.value}"; chỉ nhận "cold" (mỗi lần chuyển chạy một LibreOffice mới, mặc định) hoặc "warm" (giữ LibreOffice chạy sẵn).`,
  ),
  PDF_STALE: warning(
    (p) =>
      `Thư mục còn tệp PDF của lần lập trước (${p.files}), không còn khớp với văn bản vừa ghi. Chạy lại với --pdf hoặc xóa các tệp này.`,
  ),
  // Conformance with Nghị định 30/2020, Phụ lục I (tthc check-format, REFERENCE §5)
  FORMAT_UNREADABLE: error(
    (p) =>
      `Không đọc được văn bản Word: ${UNREADABLE_WORDS[String(p.problem)] ?? p.problem}${p.detail ? ` (${p.detail})` : ''}.`,
  ),
  FORMAT_KIND_UNKNOWN: error(
    () =>
      'Không nhận ra loại văn bản: không có dòng "Số:", trích yếu "V/v", tên loại (BÁO CÁO, KẾ HOẠCH…) hay tiêu đề "Phụ lục"; chỉ kiểm tra được khổ giấy, lề, phông chữ và số trang.',
  ),
  FORMAT_PAPER_SIZE: error((p) => `Khổ giấy ${p.found} mm, cần A4 (210 × 297 mm).`),
  FORMAT_ORIENTATION: error(element('Hướng giấy')),
  FORMAT_MARGIN: error(
    (p) =>
      `Lề ${SIDE_WORDS[String(p.side)] ?? p.side} ${p.found} mm, cần từ ${p.min} đến ${p.max} mm.`,
  ),
  FORMAT_FONT: error(
    (p) =>
      `Phông chữ "${p.found}" ở ${p.count} đoạn (đầu tiên: «${p.example}»), cần Times New Roman.`,
  ),
  FORMAT_FONT_COLOR: error(
    (p) => `Chữ màu ${p.found} ở ${p.count} đoạn (đầu tiên: «${p.example}»), cần màu đen.`,
  ),
  FORMAT_BODY_SIZE: error(
    (p) =>
      `Cỡ chữ phần nội dung ${p.found} pt ở ${p.count} đoạn (đầu tiên: «${p.example}»), cần 13–14 pt.`,
  ),
  FORMAT_PAGE_NUMBER: error(element('Số trang')),
  FORMAT_ISSUING_BODY: error(element('Tên cơ quan ban hành')),
  FORMAT_QUOC_HIEU: error(element('Quốc hiệu')),
  FORMAT_TIEU_NGU: error(element('Tiêu ngữ')),
  FORMAT_NUMBER_LINE: error(element('Số, ký hiệu')),
  FORMAT_PLACE_DATE: error(element('Địa danh, ngày tháng')),
  FORMAT_TYPE_NAME: error(element('Tên loại văn bản')),
  FORMAT_SUMMARY: error(element('Trích yếu')),
  FORMAT_KINH_GUI: error(element('Kính gửi')),
  FORMAT_SIGNER: error(element('Thẩm quyền, chức vụ, họ tên người ký')),
  FORMAT_NOI_NHAN: error(element('Nơi nhận')),
  FORMAT_ANNEX_HEADING: error(element('Tiêu đề phụ lục')),
  FORMAT_CITY_WORDING: warning(
    (p) =>
      `Văn bản của thành phố trực thuộc trung ương viết "${p.found}": thành phố không gọi mình là "tỉnh" (viết tên thành phố, ví dụ "UBND Thành phố Hồ Chí Minh", "trên địa bàn thành phố Hà Nội").`,
  ),
  FORMAT_CITY_CAPITALS: warning(
    (p) =>
      `Viết "${p.found}", cần "Thành phố Hồ Chí Minh" (Nghị định 30/2020, Phụ lục II: trường hợp viết hoa đặc biệt).`,
  ),
  // Audit of a draft (tthc audit): the text against the data and against itself
  AUDIT_FILE_MISSING: error((p) => `Không tìm thấy tệp "${p.path}".`),
  AUDIT_FILE_UNSUPPORTED: error(
    (p) => `Không đọc được "${p.path}": cần một tệp .docx, .txt hoặc .md.`,
  ),
  AUDIT_FILE_UNREADABLE: error((p) => `Không đọc được tệp "${p.path}": ${p.reason}.`),
  AUDIT_DRAFT_TOO_LONG: error(
    (p) =>
      `Văn bản dài ${p.length} ký tự, vượt giới hạn soát ${p.limit} ký tự (một báo cáo dài vài trăm trang chưa đến một triệu); tách văn bản thành nhiều tệp để soát.`,
  ),
  AUDIT_FIGURE_MISMATCH: error(
    (p) => `«${p.excerpt}»: ${p.name} theo dữ liệu là ${p.expected}, văn bản ghi ${p.found}.`,
  ),
  AUDIT_FIGURE_REPEATED_MISMATCH: error(
    (p) =>
      `«${p.excerpt}»: ${p.name} ghi ${p.found}, nhưng ở ${p.where} cùng số liệu này được ghi ${p.expected}.`,
  ),
  AUDIT_SUM_MISMATCH: error(
    (p) => `«${p.excerpt}»: tổng ${p.total} ${p.unit} khác tổng các phần ${p.parts} = ${p.sum}.`,
  ),
  AUDIT_SCORE_SUM_ROUNDING: warning(
    (p) =>
      `Tổng điểm ${p.total} khác tổng điểm các nhóm ${p.parts} = ${p.sum} (chênh ${p.difference}). Làm tròn từng điểm có thể gây chênh đến ${p.bound}, nhưng văn bản nên ghi rõ hoặc kiểm tra lại nguồn; không tự sửa số nào.`,
  ),
  AUDIT_SCORE_SUM_MISMATCH: error(
    (p) =>
      `Tổng điểm ${p.total} khác tổng điểm các nhóm ${p.parts} = ${p.sum} (chênh ${p.difference}, lớn hơn mức làm tròn ${p.bound}).`,
  ),
  AUDIT_SCORE_ABOVE_MAX: error((p) => `Điểm "${p.score}" lớn hơn điểm tối đa ${p.max}.`),
  AUDIT_LIST_COUNT_MISMATCH: error(
    (p) =>
      `«${p.excerpt}»: văn bản ghi ${p.count} ${p.kind} nhưng chú thích ${p.footnote} liệt kê ${p.listed} ${p.kind}.`,
  ),
  AUDIT_LIST_ITEMS_MISMATCH: error(
    (p) => `«${p.excerpt}»: văn bản ghi ${p.count} nhưng liệt kê ${p.items} mục ngay sau đó.`,
  ),
  AUDIT_DATE_IMPOSSIBLE: error((p) => `Ngày "${p.date}" không có trên lịch.`),
  AUDIT_PERIOD_MISMATCH: error(
    (p) =>
      `"${p.range}" không khớp kỳ ${p.period}: kỳ báo cáo tính từ ngày ${p.from} đến ngày ${p.to}.`,
  ),
  AUDIT_TITLE_PERIOD_MISMATCH: error(
    (p) => `Tiêu đề ghi kỳ "${p.title}" nhưng bộ dữ liệu là kỳ "${p.data}".`,
  ),
  AUDIT_PERIOD_INCONSISTENT: error(
    (p) =>
      `«${p.excerpt}»: ${p.title} ghi kỳ báo cáo ${p.found}, nhưng ${p.fromData ? 'bộ dữ liệu là kỳ' : `ở ${p.where} cùng văn bản này ghi kỳ`} ${p.expected}.`,
  ),
  AUDIT_PERCENT_OVER_WHOLE: error(
    (p) => `«${p.excerpt}»: tỷ lệ ${p.found} của một tổng thể không thể vượt quá 100%.`,
  ),
  AUDIT_FORM_IDENTITY_MISMATCH: error(
    (p) =>
      `«${p.excerpt}»: ${p.name} ghi ${p.total}, nhưng ${p.parts} = ${p.sum}; theo biểu ${p.form}, ${p.equation}.`,
  ),
  AUDIT_CITATION_KIND: error(
    (p) => `"${p.citation}": ${p.kind} phải có ký hiệu ${p.expected}, văn bản ghi "${p.code}".`,
  ),
  AUDIT_CITATION_YEAR: error(
    (p) =>
      `"${p.citation}": năm trong số hiệu (${p.numberYear}) khác năm của ngày ban hành (${p.dateYear}).`,
  ),
  AUDIT_CITATION_DATE: error(
    (p) =>
      `"${p.citation}": theo ${p.source}, ${p.kind} số ${p.number} ban hành ngày ${p.expected}, văn bản ghi ngày ${p.found}.`,
  ),
  AUDIT_CITATION_ISSUER: error(
    (p) =>
      `"${p.citation}": văn bản ký hiệu ${p.code} là của ${p.expected}, không phải của ${p.found}.`,
  ),
  AUDIT_WORD_DOUBLED: warning(
    (p) => `«${p.excerpt}»: "${p.words}" viết lặp hai lần liền nhau; bỏ một lần.`,
  ),
  AUDIT_WORD_GARBLED: warning((p) => `"${p.found}" viết nhầm, nên là "${p.expected}".`),
  AUDIT_CITATION_INCONSISTENT: error(
    (p) =>
      `"${p.citation}": văn bản ghi ${p.what}, nhưng ở ${p.where} cùng văn bản này được ghi ${p.other}; một trong hai cách ghi sai.`,
  ),
  AUDIT_UNIT_MISSPELT: error(
    (p) => `"${p.name}" không có trong danh mục; tên chính thức gần nhất: "${p.official}".`,
  ),
  AUDIT_UNIT_CASE: warning(
    (p) =>
      `"${p.name}" viết hoa chưa đúng tên chính thức "${p.official}" (Nghị định 30/2020, Phụ lục II).`,
  ),
  AUDIT_UNIT_UNKNOWN: warning(
    (p) =>
      `Không có ${p.kind} "${p.name}" trong danh mục đơn vị hành chính 2025 của ${p.province}.`,
  ),
  AUDIT_LEADING_ZERO: warning(
    (p) => `"${p.found}" nên viết "${p.expected}": số lượng dưới 10 có số 0 đứng trước.`,
  ),
  AUDIT_SEPARATOR: warning(
    (p) =>
      `"${p.found}" nên viết "${p.expected}": dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân.`,
  ),
  AUDIT_PERCENT_MISMATCH: error(
    (p) => `${p.fraction} bằng ${p.expected}%, văn bản ghi ${p.found}%.`,
  ),
  AUDIT_FILE_ENCODING: error(
    (p) =>
      `Tệp "${p.path}" không ở mã UTF-8${p.found ? ` (tệp ở mã ${p.found})` : ''} nên chữ tiếng Việt không đọc được (có thể là mã Windows-1258 hoặc TCVN3). Mở tệp bằng Notepad, chọn Lưu thành với Mã hóa "UTF-8", rồi soát lại.`,
  ),
  AUDIT_UNIT_OTHER_PROVINCE: warning(
    (p) =>
      `Không có ${p.kind} "${p.name}" ở ${p.province}; tên này thuộc ${p.others} (danh mục đơn vị hành chính 2025). Kiểm tra lại nếu văn bản không nói về địa phương khác.`,
  ),
  DOCX_LIMIT: error(
    (p) =>
      `Tệp Word vượt giới hạn an toàn (${p.what}: ${p.value}, giới hạn ${p.limit}); tệp có thể bị hỏng hoặc là tệp nén độc hại ("zip bomb") nên không được mở.`,
  ),
  LEGAL_DOC_FIELD: error(
    (p) => `Danh mục văn bản pháp luật, trường "${p.field}" không hợp lệ: ${p.reason}.`,
  ),
  LEGAL_DOC_DUPLICATE: error(
    (p) => `Danh mục văn bản pháp luật: số, ký hiệu "${p.number}" trùng với dòng ${p.other}.`,
  ),
  // Robustness: files that are not what they claim, limits, sheets, untrusted text, the run
  FILE_TOO_LARGE: error(
    (p) =>
      `Tệp quá lớn (${p.size}; giới hạn ${p.limit}). Bộ dữ liệu của một tỉnh thường dưới 10 MB; kiểm tra lại tệp đã chọn.`,
  ),
  WORKBOOK_LEGACY: error(
    () =>
      'Tệp là bảng tính Excel 97–2003 (.xls) hoặc bảng tính có đặt mật khẩu. Mở tệp trong Excel, bỏ mật khẩu nếu có, rồi chọn Lưu thành → "Sổ làm việc Excel (*.xlsx)".',
  ),
  WORKBOOK_LIMIT: error(
    (p) =>
      `Bảng tính vượt giới hạn an toàn (${p.what}: ${p.value}, giới hạn ${p.limit}); tệp có thể bị hỏng hoặc là tệp nén độc hại ("zip bomb") nên không được mở.`,
  ),
  WORKBOOK_TOO_BIG: error(
    (p) =>
      `Bảng tính chứa ${p.size} dữ liệu (chưa nén), vượt giới hạn ${p.limit} đọc được. Bộ dữ liệu của một tỉnh chỉ vài MB: kiểm tra lại tệp đã chọn, hoặc xóa các trang không thuộc mẫu dữ liệu.`,
  ),
  CSV_ENCODING: error(
    (p) =>
      `Tệp không ở mã UTF-8${p.found ? ` (tệp ở mã ${p.found})` : ''} nên chữ tiếng Việt bị lỗi. Trong Excel chọn Lưu thành → "CSV UTF-8 (Comma delimited)", hoặc dùng trực tiếp tệp .xlsx.`,
  ),
  MERGED_HEADER: error(
    (p) =>
      `Dòng tiêu đề có ô gộp (${p.range}). Mỗi cột cần đúng một ô tiêu đề trên một dòng; bỏ gộp ô (hoặc dùng bảng tính do "tthc init" tạo). Trang này chưa được đọc.`,
  ),
  MERGED_DATA_CELLS: error(
    (p) =>
      `Các ô ${p.range} được gộp (giá trị "${p.value}"): ô gộp hiện một giá trị trên nhiều dòng hoặc nhiều cột nên số liệu sẽ bị tính nhiều lần. Bỏ gộp ô và ghi giá trị của từng ô.`,
  ),
  SHEET_PART_MISSING: error(
    (p) =>
      `Bảng tính có trang "${p.sheet}" nhưng thiếu phần nội dung của trang${p.part ? ` (${p.part})` : ''}: tệp bị hỏng hoặc do một chương trình ghi sai. Mở tệp trong Excel và lưu lại, hoặc xuất lại.`,
  ),
  FORMULA_NO_RESULT: error(
    (p) =>
      `Ô có công thức "=${p.formula}" nhưng tệp không lưu kết quả tính. Mở tệp trong Excel và lưu lại (Excel sẽ tính), hoặc nhập giá trị.`,
  ),
  CELL_ERROR_VALUE: error(
    (p) =>
      `Ô có lỗi ${p.value} (công thức tính sai); sửa công thức hoặc nhập giá trị (cột "${p.header}").`,
  ),
  TEXT_TOO_LONG: error(
    (p) =>
      `Nội dung dài ${p.length} ký tự, vượt giới hạn ${p.max} ký tự (cột "${p.header}"): "${p.value}".`,
  ),
  CONTROL_CHARACTERS: warning(
    (p) =>
      `Ô chứa ${p.count} ký tự điều khiển không in được (${p.codes}); các ký tự này đã được bỏ (cột "${p.header}").`,
  ),
  BIDI_CONTROL: error(
    (p) =>
      `Ô chứa ký tự điều khiển hướng chữ (${p.codes}), làm chữ hiện đảo ngược hoặc sai thứ tự nên hai tên khác nhau có thể trông giống nhau; xóa ký tự này (cột "${p.header}").`,
  ),
  AMBIGUOUS_NUMBER: error(
    (p) =>
      `"${p.value}" không rõ nghĩa: theo cách viết Việt Nam dấu phẩy là dấu thập phân, theo cách viết tiếng Anh là dấu phân cách hàng nghìn (${p.thousands}). Số lượng là số nguyên; nếu là ${p.thousands}, ghi ${p.plain} (cột "${p.header}").`,
  ),
  PERCENT_NOT_ALLOWED: error(
    (p) =>
      `"${p.value}" có dấu %, nhưng cột "${p.header}" là ${p.kind}, không phải tỷ lệ; nhập số không kèm dấu %.`,
  ),
  DATE_AS_SERIAL: warning(
    (p) =>
      `Ngày được ghi dạng số ${p.value} (số ngày kiểu Excel); đã đọc là ${p.date}. Nên định dạng ô là ngày hoặc nhập 25/01/2026.`,
  ),
  UNIT_CODE_LEADING_ZERO: error(
    (p) =>
      `Mã "${p.id}" thiếu số 0 ở đầu: mã của ${p.name} trong danh mục là "${p.official}". Excel bỏ số 0 khi ô ở dạng số; định dạng cột mã là Văn bản (Text) rồi nhập lại.`,
  ),
  COMMUNES_OF_OTHER_PROVINCE: error(
    (p) =>
      `Các xã, phường trong bảng DonVi thuộc ${p.other} (${p.count}/${p.total} mã) nhưng bảng ThongTin ghi tỉnh ${p.province}. Kiểm tra lại trường "tinh" hoặc bộ dữ liệu đã chọn.`,
  ),
  PROVINCE_NOT_AS_ASKED: error(
    (p) => `Bộ dữ liệu là của ${p.found} nhưng lệnh yêu cầu ${p.asked} (--province).`,
  ),
  PERIOD_NOT_AS_ASKED: error(
    (p) => `Bộ dữ liệu là của kỳ ${p.found} nhưng lệnh yêu cầu kỳ ${p.asked} (--period).`,
  ),
  SOURCE_NAME_MISMATCH: warning(
    (p) =>
      `Tên "${p.name}" cho biết dữ liệu của ${p.named} nhưng bảng ThongTin ghi ${p.found}. Kiểm tra đã chọn đúng bộ dữ liệu; kết quả được đặt tên theo ThongTin.`,
  ),
  FILE_SYSTEM_ERROR: error(
    // A write that fails for a full disk does not say which file: no empty quotes then.
    (p) =>
      `Lỗi khi ${p.action}${p.path ? ` "${p.path}"` : ''}: ${p.reason}. Thư mục kết quả được giữ nguyên.`,
  ),
  INTERRUPTED: error(
    (p) =>
      `Đã dừng theo yêu cầu (${p.signal}). Thư mục kết quả được giữ nguyên, không có tệp nào được ghi dở.`,
  ),
  INTERNAL_ERROR: error(
    (p) =>
      `Lỗi nội bộ của chương trình (${p.name}); không có tệp nào được ghi dở. Chạy lại với --debug để xem chi tiết và gửi cho người phát triển.`,
  ),
  OUT_OF_MEMORY: error(
    () =>
      'Chương trình dùng hết bộ nhớ cho phép và đã dừng; không có tệp nào được ghi dở. Dữ liệu trong giới hạn (docs/robustness.md) không gây ra lỗi này: gửi tệp đầu vào cho người phát triển.',
  ),
  // Batch builds (tthc batch)
  BATCH_ROOT_NOT_FOUND: error((p) => `Không tìm thấy thư mục bộ dữ liệu "${p.root}".`),
  BATCH_ROOT_EMPTY: error(
    (p) =>
      `Thư mục "${p.root}" không có bộ dữ liệu nào: cần các thư mục tệp CSV, tệp .xlsx hoặc tệp .json.`,
  ),
  BATCH_DATASET_FAILED: error(
    (p) =>
      `Không lập được bộ văn bản (mã thoát ${p.exit}); không có tệp nào được ghi: ${quotedLines(p)}`,
  ),
  BATCH_DATASET_WARNINGS: warning(
    (p) => `Đã lập bộ văn bản; dữ liệu có ${p.count} cảnh báo: ${quotedLines(p)}`,
  ),
  // Reading JSON files
  JSON_ENCODING: error(
    (p) =>
      `Tệp JSON không ở mã UTF-8 (mã JSON bắt buộc)${p.found ? `, tệp ở mã ${p.found},` : ''} nên chữ tiếng Việt bị lỗi. Xuất lại tệp ở mã UTF-8, hoặc dùng tệp .xlsx.`,
  ),
} satisfies Record<string, Entry>;

export type IssueCode = keyof typeof MESSAGES;
