import type { ReportModel } from '../../compute/report-model';
import type { FigureRow } from '../figure-row';

const received = (m: ReportModel) => m.feedback?.total.received ?? 0;
/** The report states the figures of section I.5 only when feedback was received. */
const I5 = { section: 'I.5', when: (m: ReportModel) => received(m) > 0 } as const;
const cell = (column: number) => ({ form: '05b', row: 'total', column }) as const;

/** Section I.5: feedback (PAKN) on administrative regulations (form 05b). */
export const FEEDBACK_FIGURES: readonly FigureRow[] = [
  {
    id: 'pakn_tong',
    label: 'số PAKN tiếp nhận',
    unit: 'PAKN',
    format: 'count',
    value: (m) => m.feedback?.total.received ?? null,
    form: cell(3),
    claim: I5,
    prose: [{ before: 'tiếp nhận' }],
  },
  {
    id: 'pakn_tiep_nhan_giai_quyet',
    label: 'số PAKN đã được tiếp nhận, giải quyết (đã xử lý và đang xử lý)',
    unit: 'PAKN',
    format: 'count',
    value: (m) => m.feedback?.accepted ?? null,
    claim: { ...I5, phrase: '{}/{pakn_tong}' },
  },
  {
    id: 'pakn_ty_le_tiep_nhan',
    label: 'tỷ lệ PAKN đã được tiếp nhận, giải quyết',
    unit: '',
    format: 'percent',
    value: (m) => m.feedback?.acceptedShare ?? null,
    claim: { ...I5, phrase: '(đạt {})' },
  },
  {
    id: 'pakn_ty_le_cong_khai',
    label: 'tỷ lệ PAKN đã xử lý được công khai',
    unit: '',
    format: 'percent',
    value: (m) => m.feedback?.publishedShare ?? null,
    claim: { ...I5, phrase: '{} PAKN đã xử lý được công khai' },
    // Only the words that name this rate and no other: "94,44% PAKN đã xử lý được công khai",
    // "tỷ lệ PAKN đã xử lý được công khai đạt 94,44%". "(đạt 100%)" after "66/66" names nothing
    // by itself; it is checked against its fraction (AUDIT_PERCENT_MISMATCH).
    prose: [
      { after: 'PAKN đã xử lý được công khai' },
      { before: 'tỷ lệ PAKN đã xử lý được công khai' },
    ],
  },
  {
    id: 'pakn_quy_dinh',
    label: 'số PAKN về quy định hành chính',
    unit: 'PAKN',
    format: 'count',
    value: (m) => m.feedback?.total.aboutRegulations ?? null,
    form: cell(4),
    claim: I5,
    prose: [{ before: 'về quy định hành chính' }],
  },
  {
    id: 'pakn_hanh_vi',
    label: 'số PAKN về hành vi hành chính',
    unit: 'PAKN',
    format: 'count',
    value: (m) => m.feedback?.total.aboutConduct ?? null,
    form: cell(5),
    claim: I5,
    prose: [{ before: 'về hành vi hành chính' }],
  },
  {
    id: 'pakn_dung_han',
    label: 'số PAKN đã xử lý đúng hạn',
    unit: 'PAKN',
    format: 'count',
    value: (m) => m.feedback?.total.handledOnTime ?? null,
    form: cell(7),
    claim: I5,
    prose: [{ before: 'đã xử lý đúng hạn' }],
  },
  {
    id: 'pakn_qua_han',
    label: 'số PAKN đã xử lý quá hạn',
    unit: 'PAKN',
    format: 'count',
    value: (m) => m.feedback?.total.handledLate ?? null,
    form: cell(8),
    claim: { section: 'I.5', when: (m) => (m.feedback?.total.handledLate ?? 0) > 0 },
    prose: [{ before: 'đã xử lý quá hạn' }],
  },
  {
    id: 'pakn_trong_han',
    label: 'số PAKN đang xử lý trong hạn',
    unit: 'PAKN',
    format: 'count',
    value: (m) => m.feedback?.total.inProgressInTime ?? null,
    form: cell(10),
    claim: I5,
    prose: [{ before: 'đang xử lý trong hạn' }],
  },
  {
    id: 'pakn_dang_qua_han',
    label: 'số PAKN đang xử lý quá hạn',
    unit: 'PAKN',
    format: 'count',
    value: (m) => m.feedback?.total.inProgressOverdue ?? null,
    form: cell(11),
    claim: { section: 'I.5', when: (m) => (m.feedback?.total.inProgressOverdue ?? 0) > 0 },
    prose: [{ before: 'đang xử lý quá hạn' }],
  },
];
