/**
 * How a figure of the text is recognised as a figure of the report model: by the words of its
 * clause, the noun it counts, and the total it is a part of. The first row that fits wins, so a
 * specific row comes before a general one. Extend the table to teach `tthc audit` a new sentence.
 */
export interface FigureLabel {
  /** What the figure is, for the message ("hồ sơ tiếp nhận trực tuyến"). */
  readonly name: string;
  /** The counted noun after the figure ("hồ sơ"); 'điểm' for scores; '' for a bare number. */
  readonly unit: string;
  /** Words of its clause before it: "trực tuyến: 148.977 hồ sơ". */
  readonly before?: string;
  /** Words of its clause after its noun: "585 TTHC được sửa đổi". */
  readonly after?: string;
  /** Words its sentence must hold; "{tinh}" is the province's name. */
  readonly sentence?: string;
  /** The `figure` of the total it is a part of ("176.319 hồ sơ (trong đó: trực tuyến: …)"). */
  readonly within?: string;
  /** A figure written "a/b": the path of b, when the model knows it ("xếp thứ 15/34"). */
  readonly over?: string;
  readonly fraction?: boolean;
  /**
   * Path in the report model (src/compute/report-model.ts). "{nhom}" is the group the paragraph
   * speaks of: agencies after "Các sở, ban, ngành…:", communes after "UBND các xã, phường:",
   * else the province.
   */
  readonly figure: string;
}

export const FIGURE_LABELS: readonly FigureLabel[] = [
  // Section A: directive documents
  {
    name: 'số Kế hoạch chỉ đạo',
    unit: 'Kế hoạch',
    before: 'ban hành',
    figure: 'documents.directiveCountByType.ke_hoach',
  },
  // Sections 1–2: drafts of legal documents
  {
    name: 'số TTHC được đánh giá tác động',
    unit: 'TTHC',
    before: 'đánh giá tác động',
    figure: 'drafts.total.assessed',
  },
  {
    name: 'số dự thảo Nghị quyết',
    unit: 'dự thảo',
    after: 'Nghị quyết',
    figure: 'drafts.countByKind.nghi_quyet_hdnd',
  },
  {
    name: 'số dự thảo Quyết định',
    unit: 'dự thảo',
    after: 'Quyết định',
    figure: 'drafts.countByKind.quyet_dinh_ubnd',
  },
  {
    name: 'số TTHC trong các dự thảo',
    unit: 'TTHC',
    before: 'chứa đựng',
    figure: 'drafts.total.total',
  },
  // Section 3: publication (form II.03b) and TTHC under local authority
  {
    name: 'số Quyết định công bố TTHC nội bộ',
    unit: 'Quyết định',
    after: 'TTHC nội bộ',
    figure: 'documents.internalTthc.decisions.length',
  },
  {
    name: 'số Quyết định công bố TTHC',
    unit: 'Quyết định',
    before: 'Quyết định công bố',
    figure: 'publications.decisionCount',
  },
  {
    name: 'số văn bản QPPL có TTHC được công bố',
    unit: 'văn bản',
    before: 'văn bản QPPL',
    figure: 'publications.total.legalDocuments',
  },
  {
    name: 'số TTHC được công bố',
    unit: 'TTHC',
    before: 'TTHC được công bố',
    figure: 'publications.total.total',
  },
  {
    name: 'số TTHC được sửa đổi, bổ sung, thay thế',
    unit: 'TTHC',
    after: 'sửa đổi',
    within: 'publications.total.total',
    figure: 'publications.total.amended',
  },
  {
    name: 'số TTHC ban hành mới',
    unit: 'TTHC',
    after: 'ban hành mới',
    within: 'publications.total.total',
    figure: 'publications.total.created',
  },
  {
    name: 'số TTHC bị bãi bỏ',
    unit: 'TTHC',
    after: 'bãi bỏ',
    within: 'publications.total.total',
    figure: 'publications.total.abolished',
  },
  {
    name: 'tổng số TTHC thuộc thẩm quyền giải quyết của địa phương',
    unit: 'TTHC',
    before: 'Tổng số TTHC thuộc thẩm quyền',
    figure: 'figures.stock.total',
  },
  {
    name: 'số TTHC do Trung ương ban hành',
    unit: 'TTHC',
    before: 'Trung ương ban hành',
    figure: 'figures.stock.central.total',
  },
  {
    name: 'số TTHC do Trung ương ban hành, cấp tỉnh',
    unit: 'TTHC',
    before: 'cấp tỉnh',
    within: 'figures.stock.central.total',
    figure: 'figures.stock.central.province',
  },
  {
    name: 'số TTHC do Trung ương ban hành, cấp xã',
    unit: 'TTHC',
    before: 'cấp xã',
    within: 'figures.stock.central.total',
    figure: 'figures.stock.central.commune',
  },
  {
    name: 'số TTHC đặc thù',
    unit: 'TTHC',
    before: 'địa phương ban hành',
    figure: 'figures.stock.specific.total',
  },
  {
    name: 'số TTHC đặc thù',
    unit: 'TTHC',
    before: 'ban hành',
    after: 'đặc thù',
    figure: 'figures.stock.specific.total',
  },
  {
    name: 'số TTHC đặc thù cấp tỉnh',
    unit: 'TTHC',
    before: 'cấp tỉnh',
    within: 'figures.stock.specific.total',
    figure: 'figures.stock.specific.province',
  },
  {
    name: 'số TTHC đặc thù cấp xã',
    unit: 'TTHC',
    before: 'cấp xã',
    within: 'figures.stock.specific.total',
    figure: 'figures.stock.specific.commune',
  },
  {
    name: 'số TTHC liên thông cùng cấp',
    unit: 'TTHC',
    before: 'liên thông cùng cấp',
    figure: 'figures.interAgency.sameLevel',
  },
  {
    name: 'số TTHC liên thông giữa các cấp',
    unit: 'TTHC',
    before: 'liên thông giữa các cấp',
    figure: 'figures.interAgency.acrossLevels',
  },
  // Section 4: reviews and internal TTHC
  {
    name: 'số quy định kinh doanh được cắt giảm',
    unit: '',
    before: 'quy định kinh doanh đã được cắt giảm',
    figure: 'figures.businessRulesCut',
  },
  {
    name: 'số TTHC thực thi phương án phân cấp',
    unit: '',
    before: 'phương án phân cấp',
    figure: 'figures.decentralised',
  },
  {
    name: 'số TTHC nội bộ lũy kế',
    unit: 'TTHC',
    before: 'Lũy kế',
    figure: 'figures.internalTthcCumulative',
  },
  {
    name: 'số TTHC nội bộ được công bố',
    unit: 'TTHC',
    before: 'TTHC nội bộ',
    figure: 'documents.internalTthc.total',
  },
  {
    name: 'số TTHC nội bộ công bố mới, sửa đổi, bổ sung',
    unit: 'TTHC',
    before: 'công bố mới',
    within: 'documents.internalTthc.total',
    figure: 'documents.internalTthc.newOrAmended',
  },
  {
    name: 'số TTHC nội bộ bị bãi bỏ',
    unit: 'TTHC',
    before: 'bãi bỏ',
    within: 'documents.internalTthc.total',
    figure: 'documents.internalTthc.abolished',
  },
  // Section 5: feedback (form 05b)
  {
    name: 'số PAKN tiếp nhận',
    unit: 'PAKN',
    before: 'tiếp nhận',
    figure: 'feedback.total.received',
  },
  {
    name: 'số PAKN về quy định hành chính',
    unit: 'PAKN',
    before: 'về quy định hành chính',
    figure: 'feedback.total.aboutRegulations',
  },
  {
    name: 'số PAKN về hành vi hành chính',
    unit: 'PAKN',
    before: 'về hành vi hành chính',
    figure: 'feedback.total.aboutConduct',
  },
  {
    name: 'số PAKN đã xử lý đúng hạn',
    unit: 'PAKN',
    before: 'đã xử lý đúng hạn',
    figure: 'feedback.total.handledOnTime',
  },
  {
    name: 'số PAKN đã xử lý quá hạn',
    unit: 'PAKN',
    before: 'đã xử lý quá hạn',
    figure: 'feedback.total.handledLate',
  },
  {
    name: 'số PAKN đang xử lý trong hạn',
    unit: 'PAKN',
    before: 'đang xử lý trong hạn',
    figure: 'feedback.total.inProgressInTime',
  },
  {
    name: 'số PAKN đang xử lý quá hạn',
    unit: 'PAKN',
    before: 'đang xử lý quá hạn',
    figure: 'feedback.total.inProgressOverdue',
  },
  // Section 6: dossiers (form 06c), for the province or the group the paragraph opens with
  {
    name: 'số hồ sơ tiếp nhận',
    unit: 'hồ sơ',
    before: 'đã tiếp nhận',
    figure: 'dossiers.{nhom}.received',
  },
  {
    name: 'số hồ sơ tiếp nhận',
    unit: 'hồ sơ',
    before: 'yêu cầu giải quyết',
    figure: 'dossiers.{nhom}.received',
  },
  {
    name: 'số hồ sơ tiếp nhận trực tuyến',
    unit: 'hồ sơ',
    before: 'trực tuyến',
    within: 'dossiers.{nhom}.received',
    figure: 'dossiers.{nhom}.online',
  },
  {
    name: 'số hồ sơ tiếp nhận trực tiếp và qua bưu chính',
    unit: 'hồ sơ',
    before: 'trực tiếp',
    within: 'dossiers.{nhom}.received',
    figure: 'dossiers.{nhom}.direct',
  },
  {
    name: 'số hồ sơ tiếp nhận trực tuyến',
    unit: 'hồ sơ',
    after: 'tiếp nhận trực tuyến',
    figure: 'dossiers.province.online',
  },
  {
    name: 'số hồ sơ kỳ trước chuyển qua',
    unit: 'hồ sơ',
    before: 'kỳ trước',
    figure: 'dossiers.{nhom}.carriedOver',
  },
  {
    name: 'số hồ sơ đã giải quyết',
    unit: 'hồ sơ',
    before: 'đã giải quyết',
    figure: 'dossiers.{nhom}.resolved',
  },
  {
    name: 'số hồ sơ giải quyết trước hạn',
    unit: 'hồ sơ',
    before: 'trước hạn',
    within: 'dossiers.{nhom}.resolved',
    figure: 'dossiers.{nhom}.early',
  },
  {
    name: 'số hồ sơ giải quyết đúng hạn',
    unit: 'hồ sơ',
    before: 'đúng hạn',
    within: 'dossiers.{nhom}.resolved',
    figure: 'dossiers.{nhom}.onTime',
  },
  {
    name: 'số hồ sơ giải quyết quá hạn',
    unit: 'hồ sơ',
    before: 'quá hạn',
    within: 'dossiers.{nhom}.resolved',
    figure: 'dossiers.{nhom}.late',
  },
  {
    name: 'số hồ sơ đang giải quyết',
    unit: 'hồ sơ',
    before: 'đang giải quyết',
    figure: 'dossiers.{nhom}.pending',
  },
  {
    name: 'số hồ sơ đang giải quyết trong hạn',
    unit: 'hồ sơ',
    before: 'trong hạn',
    within: 'dossiers.{nhom}.pending',
    figure: 'dossiers.{nhom}.pendingInTime',
  },
  {
    name: 'số hồ sơ đang giải quyết quá hạn',
    unit: 'hồ sơ',
    before: 'quá hạn',
    within: 'dossiers.{nhom}.pending',
    figure: 'dossiers.{nhom}.pendingOverdue',
  },
  // Section 7: one-stop staff
  {
    name: 'biên chế của Trung tâm tỉnh',
    unit: 'người',
    before: 'Biên chế',
    figure: 'figures.staff.centre.total',
  },
  {
    name: 'số công chức của Trung tâm tỉnh',
    unit: 'công chức',
    within: 'figures.staff.centre.total',
    figure: 'figures.staff.centre.civilServants',
  },
  {
    name: 'số viên chức của Trung tâm tỉnh',
    unit: 'viên chức',
    within: 'figures.staff.centre.total',
    figure: 'figures.staff.centre.publicEmployees',
  },
  {
    name: 'số hợp đồng lao động của Trung tâm tỉnh',
    unit: 'hợp đồng lao động',
    within: 'figures.staff.centre.total',
    figure: 'figures.staff.centre.contract',
  },
  {
    name: 'số cán bộ, công chức tại Trung tâm cấp xã',
    unit: 'người',
    before: 'cấp xã',
    figure: 'figures.staff.communes.total',
  },
  {
    name: 'số công chức được các phòng chuyên môn cử',
    unit: 'công chức',
    after: 'cử',
    within: 'figures.staff.communes.total',
    figure: 'figures.staff.communes.delegated',
  },
  {
    name: 'số công chức chuyên trách',
    unit: 'công chức',
    after: 'chuyên trách',
    within: 'figures.staff.communes.total',
    figure: 'figures.staff.communes.dedicated',
  },
  // Index 766 (letters): the province's standing
  {
    name: 'thứ hạng của tỉnh',
    unit: '',
    before: 'xếp thứ',
    sentence: 'tỉnh {tinh}',
    fraction: true,
    over: 'index766.province.of',
    figure: 'index766.province.rank',
  },
  {
    name: 'tổng điểm Chỉ số 766 của tỉnh',
    unit: 'điểm',
    before: 'đạt',
    sentence: 'tỉnh {tinh}',
    figure: 'index766.province.total',
  },
  {
    name: 'điểm nhóm Công khai minh bạch',
    unit: 'điểm',
    before: 'Công khai minh bạch',
    sentence: 'tỉnh {tinh}',
    fraction: true,
    figure: 'index766.province.scores.transparency',
  },
  {
    name: 'điểm nhóm Tiến độ giải quyết',
    unit: 'điểm',
    before: 'Tiến độ giải quyết',
    sentence: 'tỉnh {tinh}',
    fraction: true,
    figure: 'index766.province.scores.progress',
  },
  {
    name: 'điểm nhóm Dịch vụ công trực tuyến',
    unit: 'điểm',
    before: 'Dịch vụ công trực tuyến',
    sentence: 'tỉnh {tinh}',
    fraction: true,
    figure: 'index766.province.scores.onlineService',
  },
  {
    name: 'điểm nhóm Mức độ hài lòng',
    unit: 'điểm',
    before: 'Mức độ hài lòng',
    sentence: 'tỉnh {tinh}',
    fraction: true,
    figure: 'index766.province.scores.satisfaction',
  },
  {
    name: 'điểm nhóm Số hóa hồ sơ',
    unit: 'điểm',
    before: 'Số hóa hồ sơ',
    sentence: 'tỉnh {tinh}',
    fraction: true,
    figure: 'index766.province.scores.digitisation',
  },
];
