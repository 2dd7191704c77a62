import type { ReportModel } from '../../compute/report-model';
import type { FormTable } from '../../forms';
import { provinceMention } from '../../format';
import { stampOf } from '../render-package';
import type { BundleInfo } from './assemble-bundle';

/**
 * The metadata of a PDF of the package holding the documents `titles` (one for a document's
 * own PDF, all of them for the bundle): titled after the first, authored by the issuing body as
 * the header prints it, dated on the report's date.
 */
export function pdfInfo(
  m: ReportModel,
  forms: readonly FormTable[],
  titles: readonly string[],
): BundleInfo {
  return {
    title: titles[0] ?? '',
    author: m.frame.issuingBody.join(' '),
    subject: titles.join('; '),
    keywords: [
      provinceMention(m.province.name),
      m.period.title,
      ...(m.dossiers ? ['kiểm soát thủ tục hành chính', ...forms.map((f) => f.form.code)] : []),
      ...(m.index766 ? ['Bộ chỉ số 766', 'Quyết định 766/QĐ-TTg'] : []),
    ],
    date: stampOf(m),
  };
}
