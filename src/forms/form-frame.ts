import type { ReportModel } from '../compute/report-model';
import {
  formatDraftHeaderDate,
  formatHeaderDate,
  formatPeriodRange,
  provinceMention,
} from '../format';

/** The text around every form (REFERENCE §3, common frame), computed once for all renderers. */
export interface FormFrame {
  readonly reporter: string;
  readonly receiver: string;
  readonly period: string;
  readonly placeDate: string;
  readonly preparer: string;
  /** The preparer's name under "NGƯỜI LẬP BIỂU", level with the signer's; null when not given. */
  readonly preparerName: string | null;
  /** Signer block lines, top to bottom, the name last. */
  readonly signer: readonly string[];
}

export function formFrame(m: ReportModel): FormFrame {
  const f = m.frame;
  const date = f.isDraft ? formatDraftHeaderDate(f.date) : formatHeaderDate(f.date);
  // In lower case, as the report's body writes it: "Kỳ báo cáo: quý I năm 2026 (từ ngày …)".
  const range = formatPeriodRange(m.period.from, m.period.to);
  const title = m.period.title.charAt(0).toLocaleLowerCase('vi') + m.period.title.slice(1);
  const authority = f.signer.authority
    ? `${f.signer.authority} ${f.signer.onBehalfOf ?? ''}`.trim()
    : null;
  return {
    reporter: `Đơn vị báo cáo: UBND ${provinceMention(m.province.name)}`,
    receiver: `Đơn vị nhận báo cáo: ${f.formReceiver}`,
    period: `Kỳ báo cáo: ${title} (${range})`,
    placeDate: `${f.place}, ${date}`,
    preparer: 'NGƯỜI LẬP BIỂU',
    preparerName: f.preparer,
    signer: [...(authority ? [authority] : []), f.signer.title, f.signer.name],
  };
}
