import type { ReportModel } from '../compute/report-model';
import {
  formatCount,
  formatDateNumeric,
  formatDocumentNumber,
  provinceMention,
  provinceWords,
} from '../format';
import { form05b } from '../forms/form-05b';
import { form06c } from '../forms/form-06c';
import { formII02c } from '../forms/form-ii-02c';
import { formII03b } from '../forms/form-ii-03b';
import { citationList, numberedCitationList } from '../phrase/citation';
import { frameDate } from '../phrase/frame-date';
import type { TextRow } from './text-row';

/** Local government has two tiers since this day; cumulative counts of internal TTHC start here. */
const TWO_TIER_START = { year: 2025, month: 7, day: 1 };

const DRAFT_KIND_WORD: Record<string, string> = {
  nghi_quyet_hdnd: 'Nghị quyết',
  quyet_dinh_ubnd: 'Quyết định',
};

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
// Nghị định 30/2020 prints authority and title in capitals, however the data spells them.
const caps = (text: string) => text.toLocaleUpperCase('vi');
const dateText = (m: ReportModel) => frameDate(m.frame.shownDate);
const plans = (m: ReportModel) => m.documents.directive.filter((d) => d.type === 'ke_hoach');
const letters = (m: ReportModel) => m.documents.directive.filter((d) => d.type !== 'ke_hoach');

/** Period, province and form names the sentences use. */
const CONTEXT: readonly TextRow[] = [
  { id: 'tinh', label: 'tên tỉnh, thành phố', text: (m) => m.province.name },
  {
    id: 'dia_ban',
    label: 'địa bàn ("tỉnh Lào Cai")',
    text: (m) => provinceMention(m.province.name),
  },
  // The report's fixed sentences name the issuer without its name: "trên địa bàn tỉnh", "UBND
  // tỉnh"; a city names itself in full (src/format/province-words.ts).
  {
    id: 'dia_ban_ngan',
    label: 'địa bàn không kèm tên ("tỉnh"; thành phố ghi đủ tên)',
    text: (m) => provinceWords(m.province.name).self,
  },
  {
    id: 'ubnd_tinh',
    label: 'UBND tỉnh, thành phố ("UBND tỉnh", "UBND Thành phố Hồ Chí Minh")',
    text: (m) => provinceWords(m.province.name).committee,
  },
  {
    id: 'ten_trung_tam',
    label: 'tên Trung tâm Phục vụ hành chính công cấp tỉnh',
    text: (m) => provinceWords(m.province.name).centre,
  },
  { id: 'ky', label: 'kỳ báo cáo', text: (m) => m.period.title },
  { id: 'ky_tu_ngay', label: 'ngày đầu kỳ', text: (m) => formatDateNumeric(m.period.from) },
  { id: 'ky_den_ngay', label: 'ngày cuối kỳ', text: (m) => formatDateNumeric(m.period.to) },
  { id: 'ky_sau', label: 'kỳ sau', text: (m) => m.period.nextTitle },
  {
    id: 'ky_sau_hoa',
    label: 'kỳ sau, viết hoa',
    text: (m) => m.period.nextTitle.toLocaleUpperCase('vi'),
  },
  {
    id: 'ngay_hai_cap',
    label: 'ngày bắt đầu chính quyền hai cấp',
    text: () => formatDateNumeric(TWO_TIER_START),
  },
  { id: 'bieu_ii_02c', label: 'số hiệu biểu II.02c', text: () => formII02c.code },
  { id: 'bieu_ii_03b', label: 'số hiệu biểu II.03b', text: () => formII03b.code },
  { id: 'bieu_05b', label: 'số hiệu biểu 05b', text: () => form05b.code },
  { id: 'bieu_06c', label: 'số hiệu biểu 06c', text: () => form06c.code },
];

/** The frame of the report (header, number, date, signer, Nơi nhận). */
const FRAME: readonly TextRow[] = [
  { id: 'co_quan_chu_quan', label: 'cơ quan chủ quản', text: (m) => m.frame.parentBody ?? '' },
  {
    id: 'so_ky_hieu',
    label: 'số, ký hiệu văn bản',
    text: (m) => formatDocumentNumber(m.frame.number, m.frame.symbol),
  },
  {
    id: 'dia_danh_ngay',
    label: 'địa danh và ngày văn bản',
    text: (m) => `${m.frame.place}, ${dateText(m)}`,
  },
  { id: 'ngay_van_ban', label: 'ngày văn bản', text: dateText },
  {
    id: 'ky_tham_quyen',
    label: 'thẩm quyền ký',
    text: (m) => {
      const s = m.frame.signer;
      return s.authority ? caps(`${s.authority} ${s.onBehalfOf ?? ''}`.trim()) : '';
    },
  },
  { id: 'ky_chuc_vu', label: 'chức vụ người ký', text: (m) => caps(m.frame.signer.title) },
  { id: 'ky_ho_ten', label: 'họ tên người ký', text: (m) => m.frame.signer.name },
  { id: 'luu', label: 'dòng "Lưu"', text: (m) => `- Lưu: ${m.frame.archive}.` },
];

/** Texts listing data: footnotes citing documents, PAKN fields, drafts per kind. */
const LISTS: readonly TextRow[] = [
  {
    id: 'chu_thich_ke_hoach',
    label: 'chú thích liệt kê các Kế hoạch chỉ đạo',
    text: (m) => citationList(plans(m)),
  },
  {
    id: 'chu_thich_van_ban',
    label: 'chú thích liệt kê các văn bản chỉ đạo khác',
    text: (m) => citationList(letters(m)),
  },
  {
    id: 'chu_thich_noi_bo',
    label: 'chú thích liệt kê các Quyết định công bố TTHC nội bộ',
    text: (m) => citationList(m.documents.internalTthc.decisions),
  },
  {
    id: 'chu_thich_dia_gioi',
    label: 'chú thích liệt kê các Quyết định về TTHC không phụ thuộc địa giới hành chính',
    text: (m) => numberedCitationList(m.documents.boundaryFree),
  },
  {
    id: 'pakn_linh_vuc',
    label: 'các lĩnh vực có PAKN',
    text: (m) => (m.feedback?.rows ?? []).map((r) => lowerFirst(r.field)).join('; '),
  },
  {
    id: 'dt_mo_ta',
    label: 'số dự thảo theo loại ("01 dự thảo Nghị quyết và 01 dự thảo Quyết định")',
    text: (m) =>
      Object.entries(m.drafts?.countByKind ?? {})
        .filter(([, c]) => c > 0)
        .map(([k, c]) => `${formatCount(c)} dự thảo ${DRAFT_KIND_WORD[k] ?? 'văn bản'}`)
        .join(' và '),
  },
];

/** Index 766 (letters): the words of the province's standing. */
const INDEX_766: readonly TextRow[] = [
  {
    id: 'tinh_xep_loai',
    label: 'xếp loại của tỉnh theo tổng điểm Chỉ số 766 ("tốt")',
    text: (m) => m.index766?.province?.classification ?? '',
  },
  {
    id: 'ngay_so_lieu_766',
    label: 'ngày số liệu Chỉ số 766 ("25/8/2025")',
    text: (m) => (m.index766 ? formatDateNumeric(m.index766.asOf) : ''),
  },
];

/** Every text placeholder, in the order docs/figures.md lists them. */
export const TEXTS: readonly TextRow[] = [...CONTEXT, ...FRAME, ...LISTS, ...INDEX_766];
