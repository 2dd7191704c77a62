/**
 * The editable prose of the quarterly report: the sections of the content file (noi-dung.md)
 * and where each goes in the report. `inline` text continues a sentence of the template and is
 * one line; `block` text is whole paragraphs, one per line.
 */
export interface ContentSection {
  readonly key: string;
  readonly kind: 'inline' | 'block';
  readonly place: string;
}

export const CONTENT_SECTIONS: readonly ContentSection[] = [
  { key: 'can_cu', kind: 'inline', place: 'Mở đầu: các văn bản yêu cầu báo cáo' },
  { key: 'danh_gia_tac_dong', kind: 'block', place: 'I.1: chỉ đạo đánh giá tác động' },
  { key: 'danh_gia_tac_dong_ket_qua', kind: 'inline', place: 'I.1: sau câu "Kết quả"' },
  { key: 'cong_khai', kind: 'block', place: 'I.3.b: công khai, nhập dữ liệu TTHC' },
  { key: 'nhom_lien_thong', kind: 'block', place: 'I.3.b: sau số TTHC liên thông' },
  { key: 'noi_bo', kind: 'block', place: 'I.4.b: sau số TTHC nội bộ' },
  { key: 'nghi_quyet_dan_cu', kind: 'block', place: 'I.4.d: 19 Nghị quyết về quản lý dân cư' },
  { key: 'pakn_chi_dao', kind: 'block', place: 'I.5: chỉ đạo tiếp nhận PAKN' },
  { key: 'pakn_noi_dung', kind: 'block', place: 'I.5: nội dung, hình thức giải quyết PAKN' },
  { key: 'qua_han_so_nganh', kind: 'inline', place: 'I.6: lý do quá hạn ở các sở, ban, ngành' },
  { key: 'qua_han_xa', kind: 'inline', place: 'I.6: lý do quá hạn ở các xã, phường' },
  { key: 'giai_quyet_khac', kind: 'block', place: 'I.6: cuối mục' },
  { key: 'tru_so', kind: 'block', place: 'I.7.1.a: trụ sở làm việc' },
  { key: 'trung_tam_tinh', kind: 'block', place: 'I.7.1.b: Trung tâm cấp tỉnh' },
  { key: 'trung_tam_xa', kind: 'block', place: 'I.7.1.b: Trung tâm cấp xã' },
  { key: 'trang_thiet_bi', kind: 'block', place: 'I.7.2: máy móc, trang thiết bị' },
  { key: 'moi_truong_dien_tu', kind: 'block', place: 'I.8: TTHC trên môi trường điện tử' },
  { key: 'truyen_thong', kind: 'block', place: 'I.9: truyền thông' },
  { key: 'cai_cach', kind: 'block', place: 'I.10: cải cách TTHC' },
  { key: 'noi_dung_khac', kind: 'block', place: 'I.11: các nội dung khác' },
  { key: 'thuan_loi', kind: 'block', place: 'II.1: thuận lợi' },
  { key: 'kho_khan', kind: 'block', place: 'II.2: khó khăn, vướng mắc' },
  { key: 'phuong_huong', kind: 'block', place: 'III: phương hướng kỳ sau' },
  { key: 'kien_nghi', kind: 'block', place: 'IV: kiến nghị, đề xuất' },
];

/** One line of a content file (or of a letter's body), with its line number for messages. */
export interface ContentLine {
  readonly text: string;
  readonly line: number;
}

/** The content file read into its sections: key → lines (empty lines dropped). */
export type ContentSections = ReadonlyMap<string, readonly ContentLine[]>;

/** Footnotes the content file may place itself, with [^key]; the template places the others. */
export const CONTENT_FOOTNOTES: readonly string[] = ['dia_gioi'];

/** Name of the content file inside a dataset folder. */
export const CONTENT_FILE = 'noi-dung.md';
