/**
 * The editable prose of the quarterly report: the sections of the content file (noi-dung.md)
 * and where each goes in the report. `inline` text continues a sentence of the template and is
 * one line; `block` text is whole paragraphs, one per line.
 */
export interface ContentSection {
  readonly key: string;
  readonly kind: 'inline' | 'block';
  readonly place: string;
  /**
   * `required`: the report is incomplete without it (the opening's "Thực hiện …" clause, a part
   * a report to the Ministry always has), so an empty one is an error at its heading;
   * `heading`: optional, and when empty its heading leaves the report with it (the letters or
   * numbers after it move up); `optional`: it adds to a sentence or a point the data already
   * fills, and may stay empty.
   */
  readonly need: 'required' | 'heading' | 'optional';
}

/** The condition that holds when a `heading` section has text: co_tru_so, co_noi_dung_khac. */
export const sectionCondition = (key: string): string => `co_${key}`;

export const CONTENT_SECTIONS: readonly ContentSection[] = [
  { key: 'can_cu', kind: 'inline', place: 'Mở đầu: các văn bản yêu cầu báo cáo', need: 'required' },
  {
    key: 'danh_gia_tac_dong',
    kind: 'block',
    place: 'I.1: chỉ đạo đánh giá tác động',
    need: 'optional',
  },
  {
    key: 'danh_gia_tac_dong_ket_qua',
    kind: 'inline',
    place: 'I.1: sau câu "Kết quả"',
    need: 'optional',
  },
  {
    key: 'cong_khai',
    kind: 'block',
    place: 'I.3.b: công khai, nhập dữ liệu TTHC',
    need: 'optional',
  },
  {
    key: 'nhom_lien_thong',
    kind: 'block',
    place: 'I.3.b: sau số TTHC liên thông',
    need: 'optional',
  },
  { key: 'noi_bo', kind: 'block', place: 'I.4.b: sau số TTHC nội bộ', need: 'optional' },
  {
    key: 'nghi_quyet_dan_cu',
    kind: 'block',
    place: 'I.4.d: 19 Nghị quyết về quản lý dân cư',
    need: 'optional',
  },
  { key: 'pakn_chi_dao', kind: 'block', place: 'I.5: chỉ đạo tiếp nhận PAKN', need: 'optional' },
  {
    key: 'pakn_noi_dung',
    kind: 'block',
    place: 'I.5: nội dung, hình thức giải quyết PAKN',
    need: 'optional',
  },
  {
    key: 'qua_han_so_nganh',
    kind: 'inline',
    place: 'I.6: lý do quá hạn ở các sở, ban, ngành',
    need: 'optional',
  },
  {
    key: 'qua_han_xa',
    kind: 'inline',
    place: 'I.6: lý do quá hạn ở các xã, phường',
    need: 'optional',
  },
  { key: 'giai_quyet_khac', kind: 'block', place: 'I.6: cuối mục', need: 'optional' },
  { key: 'tru_so', kind: 'block', place: 'I.7.1.a: trụ sở làm việc', need: 'heading' },
  { key: 'trung_tam_tinh', kind: 'block', place: 'I.7.1.b: Trung tâm cấp tỉnh', need: 'optional' },
  { key: 'trung_tam_xa', kind: 'block', place: 'I.7.1.b: Trung tâm cấp xã', need: 'optional' },
  {
    key: 'trang_thiet_bi',
    kind: 'block',
    place: 'I.7.2: máy móc, trang thiết bị',
    need: 'heading',
  },
  {
    key: 'moi_truong_dien_tu',
    kind: 'block',
    place: 'I.8: TTHC trên môi trường điện tử',
    need: 'required',
  },
  { key: 'truyen_thong', kind: 'block', place: 'I.9: truyền thông', need: 'required' },
  { key: 'cai_cach', kind: 'block', place: 'I.10: cải cách TTHC', need: 'required' },
  { key: 'noi_dung_khac', kind: 'block', place: 'I.11: các nội dung khác', need: 'heading' },
  { key: 'thuan_loi', kind: 'block', place: 'II.1: thuận lợi', need: 'required' },
  { key: 'kho_khan', kind: 'block', place: 'II.2: khó khăn, vướng mắc', need: 'required' },
  { key: 'phuong_huong', kind: 'block', place: 'III: phương hướng kỳ sau', need: 'required' },
  { key: 'kien_nghi', kind: 'block', place: 'IV: kiến nghị, đề xuất', need: 'required' },
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
