/** A type of document and the abbreviation that opens the symbol of its number ("BC-UBND"). */
export interface DocumentType {
  /** The abbreviation as Nghị định 30/2020 writes it: "BC", "CTr", "QyĐ". */
  readonly code: string;
  /** The type's name as a citation writes it: "Báo cáo", "Giấy mời". */
  readonly name: string;
  /**
   * Whether `tthc check-format` requires a summary (trích yếu) under the type name, as the
   * samples of Nghị định 30/2020 show for the types of sample 1.4 (chỉ thị … phiếu báo), the
   * nghị quyết, quyết định, công điện and biên bản. The giấy mời, giấy giới thiệu, giấy nghỉ
   * phép and the agreements, whose samples the project has not checked line by line, are not.
   */
  readonly summary: boolean;
}

const type = (code: string, name: string, summary = true): DocumentType => ({
  code,
  name,
  summary,
});

/**
 * The one table of type codes: the 27 abbreviations of administrative documents of Nghị định
 * 30/2020/NĐ-CP, Phụ lục III ("Bảng chữ viết tắt tên loại văn bản"; a công văn has none), then
 * the three codes of legal documents the reports cite that are not in it (Nghị định, Thông tư,
 * Thông tư liên tịch, numbered "118/2025/NĐ-CP", "01/2020/TT-VPCP").
 */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  type('NQ', 'Nghị quyết'),
  type('QĐ', 'Quyết định'),
  type('CT', 'Chỉ thị'),
  type('QC', 'Quy chế'),
  type('QyĐ', 'Quy định'),
  type('TC', 'Thông cáo'),
  type('TB', 'Thông báo'),
  type('HD', 'Hướng dẫn'),
  type('CTr', 'Chương trình'),
  type('KH', 'Kế hoạch'),
  type('PA', 'Phương án'),
  type('ĐA', 'Đề án'),
  type('DA', 'Dự án'),
  type('BC', 'Báo cáo'),
  type('BB', 'Biên bản'),
  type('TTr', 'Tờ trình'),
  type('HĐ', 'Hợp đồng', false),
  type('CĐ', 'Công điện'),
  type('BGN', 'Bản ghi nhớ', false),
  type('BTT', 'Bản thỏa thuận', false),
  type('GUQ', 'Giấy ủy quyền'),
  type('GM', 'Giấy mời', false),
  type('GGT', 'Giấy giới thiệu', false),
  type('GNP', 'Giấy nghỉ phép', false),
  type('PG', 'Phiếu gửi'),
  type('PC', 'Phiếu chuyển'),
  type('PB', 'Phiếu báo'),
  type('NĐ', 'Nghị định'),
  type('TT', 'Thông tư'),
  type('TTLT', 'Thông tư liên tịch'),
];

/**
 * The type a code names, exactly as written (case and diacritics count: "DA" is a dự án, "ĐA"
 * an đề án); undefined for a code of no type, such as the issuing body of a công văn ("UBND").
 * @example typeOfCode('HD')?.name // 'Hướng dẫn'
 */
export const typeOfCode = (code: string): DocumentType | undefined =>
  DOCUMENT_TYPES.find((t) => t.code === code);
