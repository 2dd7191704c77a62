import type { ReportModel } from '../../compute/report-model';
import { formatDocumentNumber, formatDraftHeaderDate, formatHeaderDate } from '../../format';

/** The frame of the report (header, number, date, signer, Nơi nhận) as template values. */
export function frameView(m: ReportModel) {
  const f = m.frame;
  const s = f.signer;
  // Nghị định 30/2020 prints authority and title in capitals, however the data spells them.
  const caps = (text: string) => text.toLocaleUpperCase('vi');
  const authority = s.authority ? caps(`${s.authority} ${s.onBehalfOf ?? ''}`.trim()) : '';
  const dateText = f.isDraft ? formatDraftHeaderDate(f.date) : formatHeaderDate(f.date);
  return {
    co_quan_chu_quan: f.parentBody ?? '',
    co_quan_ban_hanh: f.issuingBody.map((line) => ({ dong: line })),
    so_ky_hieu: formatDocumentNumber(f.number, f.symbol),
    dia_danh_ngay: `${f.place}, ${dateText}`,
    ngay_van_ban: dateText,
    ky_tham_quyen: authority,
    ky_chuc_vu: caps(s.title),
    ky_ho_ten: s.name,
    noi_nhan: f.distribution.map((r) => ({ dong: `- ${r};` })),
    luu: `- Lưu: ${f.archive}.`,
  };
}
