/**
 * The words of the web app's pages, in Vietnamese, in one catalogue (as the issues' messages
 * are in src/issues/messages.ts and the commands' other lines in src/issues/notices.ts).
 */
export const TEXTS = {
  app: {
    name: 'Báo cáo kiểm soát thủ tục hành chính',
    tagline:
      'Lập báo cáo, biểu mẫu, phụ lục và công văn từ dữ liệu: mọi số liệu lấy từ dữ liệu và được đọc lại, đối chiếu sau khi ghi.',
    footer:
      'Ứng dụng chạy trên máy chủ của cơ quan; dữ liệu nộp lên chỉ lưu trên máy này và tự xóa sau thời hạn đã đặt.',
    skip: 'Bỏ qua, đến nội dung chính',
  },
  nav: {
    home: 'Trang chính',
    start: '1. Bắt đầu kỳ báo cáo',
    upload: '2. Nộp dữ liệu',
    build: '3. Lập văn bản',
    audit: '4. Soát dự thảo',
    format: '5. Kiểm tra thể thức',
    letter: '6. Công văn',
    logout: 'Đăng xuất',
  },
  home: {
    title: 'Trang chính',
    intro: 'Các bước của một kỳ báo cáo:',
    steps: [
      [
        'Bắt đầu kỳ báo cáo',
        'chọn tỉnh và kỳ, tải bảng tính trống (đã có sẵn các xã, phường) và tệp lời văn.',
      ],
      [
        'Nộp dữ liệu',
        'nộp bảng tính đã điền: mọi lỗi hiện trong một bảng, kèm trang tính, ô và tên cột.',
      ],
      [
        'Lập văn bản',
        'lập báo cáo, biểu mẫu, phụ lục (và bản PDF); tải từng tệp, cả bộ .zip hoặc tron-bo.pdf.',
      ],
      ['Soát dự thảo', 'nộp bản Word đã sửa tay để đối chiếu số liệu với dữ liệu.'],
      ['Kiểm tra thể thức', 'soát thể thức Nghị định 30/2020 của bất kỳ văn bản Word nào.'],
      ['Công văn', 'lập công văn theo thể thức Nghị định 30/2020 từ tệp nội dung.'],
    ] as const,
    jobs: 'Việc của bạn',
    noJobs: 'Chưa có việc nào. Bắt đầu bằng bước 1 hoặc 2.',
    jobsNote: (hours: string) =>
      `Chỉ trình duyệt này thấy các việc dưới đây. Việc được tự xóa sau ${hours} giờ.`,
  },
  jobList: {
    kind: 'Loại việc',
    name: 'Tên',
    state: 'Tình trạng',
    created: 'Lúc tạo',
    open: 'Mở',
    remove: 'Xóa',
  },
  kinds: {
    init: 'Bảng tính trống',
    package: 'Bộ dữ liệu',
    letter: 'Công văn',
    audit: 'Soát dự thảo',
    format: 'Kiểm tra thể thức',
  },
  states: {
    checked: 'Dữ liệu hợp lệ, chưa lập',
    invalid: 'Có lỗi, chưa lập được',
    queued: 'Đang chờ lập',
    building: 'Đang lập',
    built: 'Đã lập xong',
    refused: 'Không ghi: không khớp dữ liệu',
    failed: 'Lỗi của chương trình',
    cancelled: 'Đã dừng giữa chừng',
    done: 'Xong',
  },
  start: {
    title: 'Bắt đầu kỳ báo cáo',
    intro:
      'Chọn tỉnh, thành phố và kỳ báo cáo. Ứng dụng tạo bảng tính Excel để điền (trang HuongDan giải thích từng bảng; bảng DonVi có sẵn các xã, phường, đặc khu theo danh mục 2025), các tệp CSV cùng nội dung và tệp lời văn noi-dung.md của báo cáo.',
    province: 'Tỉnh, thành phố',
    periodKind: 'Kỳ báo cáo',
    year: 'Năm',
    periods: [
      ['Q1', 'Quý I'],
      ['Q2', 'Quý II'],
      ['Q3', 'Quý III'],
      ['Q4', 'Quý IV'],
      ['H1', '6 tháng đầu năm'],
      ['9M', '9 tháng'],
      ['', 'Cả năm'],
    ] as const,
    submit: 'Tạo bảng tính',
    made: (province: string, period: string) => `Bảng tính trống của ${province}, ${period}`,
    downloads: 'Tải về',
    workbook: 'Bảng tính để điền bằng Excel',
    content: 'Tệp lời văn của báo cáo (khó khăn, phương hướng, kiến nghị…)',
    zip: 'Cả bộ (.zip): bảng tính, các tệp CSV và tệp lời văn',
    next: 'Điền bảng tính, viết lời văn vào noi-dung.md, rồi nộp cả hai ở bước',
    communes: (n: string) => `Bảng DonVi đã có sẵn ${n} xã, phường, đặc khu theo danh mục 2025.`,
  },
  upload: {
    title: 'Nộp dữ liệu',
    intro:
      'Nộp bảng tính đã điền (.xlsx), hoặc thư mục tệp CSV nén thành .zip, hoặc tệp .json. Ứng dụng kiểm tra như lệnh tthc validate: mọi lỗi và cảnh báo hiện cùng lúc, kèm vị trí. Chưa có tệp nào được lập ở bước này.',
    data: 'Tệp dữ liệu (.xlsx, .zip chứa các tệp CSV, hoặc .json)',
    content: 'Tệp lời văn noi-dung.md (không bắt buộc nếu đã có trong tệp .zip)',
    template: 'Mẫu Word của báo cáo (.docx, không bắt buộc: mặc định dùng mẫu có sẵn)',
    rules: 'Tệp quy tắc chú thích chu-thich.yaml (Chỉ số 766, nếu có)',
    letter: 'Tệp nội dung công văn cong-van.md (Chỉ số 766, nếu có)',
    submit: 'Nộp và kiểm tra',
    sending: 'Đang tải lên và kiểm tra…',
  },
  inputs: {
    data: 'Dữ liệu',
    content: 'Lời văn của báo cáo',
    template: 'Mẫu báo cáo',
    rules: 'Quy tắc chú thích',
    letter: 'Công văn',
    draft: 'Dự thảo',
    document: 'Văn bản',
  },
  package: {
    title: (place: string, file: string) => `${place} (${file})`,
    inputs: 'Tệp đã nộp',
    valid: 'Dữ liệu hợp lệ.',
    invalid: (errors: string) =>
      `Dữ liệu có ${errors} lỗi: chưa lập được văn bản, không có tệp nào được ghi. Sửa các lỗi dưới đây trong tệp rồi nộp lại.`,
    summary: 'Số liệu chính để soát lần cuối (tom-tat.txt)',
    uncheckedHead: ['Tệp', 'Dòng', 'Con số và các chữ trước nó'] as const,
    build: 'Lập văn bản',
    buildAgain: 'Lập lại',
    pdf: 'Kèm bản PDF của từng văn bản và tệp tron-bo.pdf gộp cả bộ (để ký, gửi)',
    noPdf:
      'Máy chủ chưa cài LibreOffice nên chưa lập được bản PDF; các tệp Word và Excel vẫn được lập và đối chiếu.',
    buildIntro:
      'Lập báo cáo, biểu mẫu và phụ lục từ dữ liệu trên; mọi tệp được đọc lại, đối chiếu với dữ liệu và soát thể thức Nghị định 30/2020 trước khi đưa vào thư mục kết quả.',
    buildsTitle: 'Lập văn bản',
    buildsIntro: 'Các bộ dữ liệu bạn đã nộp. Mở một bộ dữ liệu hợp lệ để lập văn bản.',
    noDatasets: 'Chưa có bộ dữ liệu nào. Hãy nộp dữ liệu ở bước 2.',
  },
  progress: {
    queued: (ahead: string) =>
      ahead === '0' ? 'Đang chờ đến lượt…' : `Đang chờ đến lượt: còn ${ahead} việc trước.`,
    starting: 'Đang đọc và kiểm tra dữ liệu…',
    previews: 'Đang tạo ảnh xem trước các trang…',
    label: 'Tiến độ',
    noScript: 'Trang tự tải lại sau vài giây.',
  },
  result: {
    built: (count: string) => `Đã lập ${count} tệp.`,
    checked: (count: string) =>
      `Đã đọc lại các tệp: ${count} số liệu, ô bảng và đoạn văn lấy từ dữ liệu đều khớp với dữ liệu.`,
    format: 'Các văn bản Word đúng thể thức Nghị định 30/2020.',
    documents: 'Các văn bản',
    document: 'Văn bản',
    download: 'Tải về',
    openPdf: 'Mở PDF',
    pages: (n: string) => `${n} trang`,
    page: (n: string) => `Trang ${n}`,
    zip: 'Tải cả bộ (.zip)',
    bundle: 'Tải tron-bo.pdf (cả bộ, để ký, gửi)',
    refused:
      'Văn bản tạo ra không khớp dữ liệu, sai thể thức hoặc LibreOffice không chuyển được sang PDF: không có tệp nào được ghi.',
    failed:
      'Chương trình gặp lỗi khi lập văn bản; không có tệp nào được ghi. Thử lại; nếu vẫn lỗi, báo cho người quản trị máy chủ.',
    cancelled: 'Máy chủ đã dừng trước khi lập xong; không có tệp nào được ghi. Hãy lập lại.',
    warnings: 'Lưu ý',
  },
  fileTitles: {
    bundle: 'Trọn bộ văn bản (PDF có mục lục, để ký, gửi)',
    model: 'Mô hình số liệu (model.json)',
    summary: 'Tóm tắt số liệu (tom-tat.txt)',
    pdf: (title: string) => `${title} (PDF)`,
    csv: (table: string) => `Bảng ${table} (CSV)`,
  },
  issues: {
    none: 'Không có lỗi hay cảnh báo nào.',
    count: (errors: string, warnings: string) => `${errors} lỗi, ${warnings} cảnh báo.`,
    severity: 'Mức độ',
    error: 'Lỗi',
    warning: 'Cảnh báo',
    file: 'Tệp',
    sheet: 'Trang tính, bảng',
    cell: 'Ô',
    row: 'Dòng',
    column: 'Cột',
    place: 'Vị trí',
    paragraph: 'Đoạn',
    sentence: 'Câu',
    quote: 'Câu văn',
    message: 'Nội dung',
    code: 'Mã',
    footnote: (n: string) => `chú thích ${n}`,
    pdfPage: (n: string) => `trang ${n}`,
  },
  audit: {
    title: 'Soát dự thảo',
    intro:
      'Nộp bản dự thảo đã sửa tay (.docx, .txt hoặc .md). Ứng dụng soát như lệnh tthc audit: số liệu so với dữ liệu (nếu chọn bộ dữ liệu), các tổng, ngày và kỳ báo cáo, trích dẫn văn bản, tên đơn vị, cách viết số; mỗi vấn đề kèm đoạn và câu văn.',
    file: 'Dự thảo (.docx, .txt, .md)',
    data: 'Đối chiếu với bộ dữ liệu đã nộp',
    noData: 'Không đối chiếu với dữ liệu',
    submit: 'Soát dự thảo',
    sending: 'Đang soát…',
    clean: (file: string) => `Không thấy vấn đề nào trong "${file}".`,
    found: (errors: string, warnings: string) => `Tìm thấy ${errors} lỗi, ${warnings} cảnh báo.`,
    notAudited:
      'Không đối chiếu được văn bản với dữ liệu: hãy sửa các lỗi của bộ dữ liệu dưới đây.',
    dataIssues: 'Lỗi của bộ dữ liệu',
    registryIssues: 'Lỗi của danh mục văn bản pháp luật',
    comparedWith: (title: string) => `Đối chiếu với bộ dữ liệu: ${title}`,
  },
  format: {
    title: 'Kiểm tra thể thức',
    intro:
      'Nộp một hoặc nhiều văn bản Word (.docx). Ứng dụng soát như lệnh tthc check-format: khổ giấy, lề, phông chữ, số trang, Quốc hiệu, số, ký hiệu, ngày, chữ ký, Nơi nhận… theo Nghị định 30/2020; mọi sai lệch kèm vị trí.',
    files: 'Văn bản Word (.docx), có thể chọn nhiều tệp',
    submit: 'Kiểm tra',
    sending: 'Đang kiểm tra…',
  },
  letter: {
    title: 'Công văn',
    intro:
      'Nộp tệp nội dung công văn (.md: khung YAML và thân văn bản, ví dụ trong data/cong-van/). Ứng dụng lập công văn như lệnh tthc letter, theo thể thức Nghị định 30/2020, đọc lại và đối chiếu trước khi ghi.',
    file: 'Tệp nội dung công văn (.md)',
    data: 'Số liệu và chú thích từ bộ dữ liệu đã nộp (Chỉ số 766)',
    noData: 'Không dùng bộ dữ liệu',
    submit: 'Lập công văn',
    sending: 'Đang kiểm tra và lập…',
    invalid: (errors: string) =>
      `Tệp nội dung có ${errors} lỗi: chưa lập được công văn, không có tệp nào được ghi.`,
  },
  login: {
    title: 'Đăng nhập',
    intro: 'Máy chủ này nhận kết nối từ mạng nội bộ nên cần mật khẩu. Hỏi người quản trị máy chủ.',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    wrong: 'Mật khẩu không đúng.',
    throttled: 'Nhập sai quá nhiều lần. Hãy đợi 15 phút rồi thử lại.',
  },
  refusals: {
    csrf: 'Biểu mẫu đã cũ hoặc không gửi từ trang của ứng dụng (phiên làm việc có thể đã đổi). Hãy tải lại trang rồi gửi lại.',
    tooLarge: (limit: string) => `Tệp quá lớn: mỗi tệp tối đa ${limit}.`,
    tooMany: (files: string) => `Quá nhiều tệp trong một lần gửi: tối đa ${files} tệp.`,
    notMultipart: 'Yêu cầu không phải biểu mẫu nộp tệp.',
    broken: 'Tệp gửi lên bị ngắt giữa chừng hoặc hỏng. Hãy gửi lại.',
    extension: (name: string, allowed: string) =>
      `Tệp "${name}" không đúng loại: ở ô này cần ${allowed}.`,
    missing: 'Chưa chọn tệp.',
    empty: 'Tệp rỗng, không có nội dung.',
    zipEmpty: 'Tệp .zip rỗng.',
    zipCorrupt: 'Tệp .zip bị hỏng hoặc không phải tệp nén .zip.',
    zipNoCsv:
      'Tệp .zip không chứa tệp CSV nào. Nén thư mục các tệp CSV (DonVi.csv, HoSo.csv…) rồi nộp lại.',
    zipDuplicate: (name: string) =>
      `Tệp .zip có hai tệp cùng tên "${name}" (ở hai thư mục). Mỗi bảng chỉ được có một tệp.`,
    zipLimit: (what: string, value: string, limit: string) =>
      `Tệp .zip vượt giới hạn an toàn (${what}: ${value}, giới hạn ${limit}); tệp có thể bị hỏng hoặc là tệp nén độc hại ("zip bomb") nên không được mở.`,
    zipIgnored: (names: string) =>
      `Các tệp không phải bảng dữ liệu trong .zip được bỏ qua: ${names}.`,
    province: 'Tỉnh, thành phố không có trong danh mục.',
    period: 'Kỳ báo cáo không hợp lệ.',
    dataJob: 'Bộ dữ liệu đã chọn không còn (có thể đã bị xóa hoặc hết hạn).',
    busyRemove: 'Việc đang được lập, chưa xóa được. Đợi lập xong rồi xóa.',
  },
  errors: {
    notFoundTitle: 'Không tìm thấy',
    notFound:
      'Không có trang hoặc việc này. Việc có thể đã hết hạn và được tự xóa, hoặc thuộc một trình duyệt khác.',
    busyTitle: 'Máy chủ đang bận',
    busy: (running: string, waiting: string) =>
      `Máy chủ đang lập ${running} bộ văn bản và có ${waiting} việc đang chờ, không nhận thêm lúc này. Hãy thử lại sau ít phút.`,
    stopping: 'Máy chủ đang dừng, không nhận thêm việc. Hãy thử lại khi máy chủ chạy lại.',
    internalTitle: 'Có lỗi của chương trình',
    internal:
      'Chương trình gặp lỗi khi xử lý yêu cầu; không có gì được ghi dở dang. Hãy thử lại; nếu vẫn lỗi, báo cho người quản trị máy chủ (chi tiết ở nhật ký của máy chủ).',
    badRequestTitle: 'Yêu cầu không hợp lệ',
    badRequest: 'Yêu cầu không hợp lệ. Hãy quay lại trang trước và thử lại.',
    forbiddenTitle: 'Không được phép',
    host: 'Địa chỉ truy cập không hợp lệ cho máy chủ này.',
    back: 'Quay lại trang chính',
  },
  actions: {
    download: 'Tải về',
    back: 'Quay lại',
  },
  server: {
    listening: (url: string) =>
      `Ứng dụng đang chạy tại ${url} — mở địa chỉ này trong trình duyệt. Nhấn Ctrl+C để dừng.`,
    network: (host: string) =>
      `Máy chủ nhận kết nối từ mạng (${host}): người dùng phải nhập mật khẩu để vào.`,
    passwordGiven: 'Mật khẩu lấy từ biến môi trường TTHC_PASSWORD (chỉ lưu dạng băm).',
    passwordMade: (password: string) =>
      `Mật khẩu truy cập (chỉ hiện một lần, đặt TTHC_PASSWORD để tự chọn): ${password}`,
    passwordLocal: 'Chỉ máy này truy cập được (127.0.0.1); không cần mật khẩu.',
    dataDir: (dir: string, hours: string) =>
      `Dữ liệu nộp lên lưu trong "${dir}", mỗi việc một thư mục, tự xóa sau ${hours} giờ.`,
    pdfWarm: (n: string) => `Bản PDF: LibreOffice được giữ chạy sẵn (${n} tiến trình).`,
    pdfCold: 'Bản PDF: LibreOffice chạy mỗi lần lập (không có python3-uno để giữ chạy sẵn).',
    pdfOff: (reason: string) => `Bản PDF: chưa lập được (${reason}).`,
    stopping: 'Đang dừng: không nhận thêm việc; chờ các bộ văn bản đang lập xong…',
    cancelling: (n: string) =>
      `Hủy ${n} bộ văn bản chưa lập xong; thư mục tạm được xóa, không có tệp dở dang.`,
    stopped: 'Đã dừng máy chủ.',
    portTaken: (port: string) =>
      `Cổng ${port} đang được dùng bởi chương trình khác. Chọn cổng khác bằng --port.`,
    badPassword: 'TTHC_PASSWORD cần ít nhất 8 ký tự.',
    badOption: (name: string) => `--${name} phải là số nguyên dương.`,
    emptyDataDir: 'Tham số --data-dir để trống; cần một đường dẫn.',
  },
} as const;

/** The allowed extensions of a field, as a page says them: ".xlsx, .zip hoặc .json". */
export function extensionList(extensions: readonly string[]): string {
  if (extensions.length <= 1) return extensions.join('');
  return `${extensions.slice(0, -1).join(', ')} hoặc ${extensions[extensions.length - 1]}`;
}
