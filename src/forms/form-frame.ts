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
  /** Signer block lines, top to bottom, the name last. */
  readonly signer: readonly string[];
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

export function formFrame(m: ReportModel): FormFrame {
  const f = m.frame;
  const date = f.isDraft ? formatDraftHeaderDate(f.date) : formatHeaderDate(f.date);
  const range = capitalise(formatPeriodRange(m.period.from, m.period.to));
  const authority = f.signer.authority
    ? `${f.signer.authority} ${f.signer.onBehalfOf ?? ''}`.trim()
    : null;
  return {
    reporter: `Đơn vị báo cáo: UBND ${provinceMention(m.province.name)}`,
    receiver: `Đơn vị nhận báo cáo: ${f.formReceiver}`,
    period: `Kỳ báo cáo: ${m.period.title} (${range})`,
    placeDate: `${f.place}, ${date}`,
    preparer: 'NGƯỜI LẬP BIỂU',
    signer: [...(authority ? [authority] : []), f.signer.title, f.signer.name],
  };
}
