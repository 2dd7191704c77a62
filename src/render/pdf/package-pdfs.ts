import type { ReportModel } from '../../compute/report-model';
import type { FormTable } from '../../forms';
import { provinceMention } from '../../format';
import type { Letter } from '../../validate/letter/validate-letter';
import { PACKAGE_FILES, stampOf } from '../write-package';
import type { BundleInfo } from './assemble-bundle';
import { letterTitle } from './letter-pdf';

export type DocumentKey = keyof typeof PACKAGE_FILES;

/**
 * The PDF of each file of a package. The annexes' workbooks are named apart from their Word
 * twins, which LibreOffice would otherwise write to the same xep-hang-766.pdf.
 */
export const PDF_FILES: Readonly<Record<DocumentKey, string>> = {
  report: 'bao-cao.pdf',
  letter: 'cong-van-766.pdf',
  annex: 'phu-luc-bieu-mau.pdf',
  forms: 'bieu-mau.pdf',
  ranking: 'xep-hang-766.pdf',
  rankingWorkbook: 'xep-hang-766-bang-tinh.pdf',
  compliance: 'chi-tieu-don-vi.pdf',
  complianceWorkbook: 'chi-tieu-don-vi-bang-tinh.pdf',
};

/** The one PDF to sign and send: every document of the package, bookmarked. */
export const BUNDLE_FILE = 'tron-bo.pdf';

/**
 * What the bundle takes, in order: the report and the letter, then the forms, then the
 * annexes. The workbooks stay out: each holds the same tables as its Word twin, which is the
 * one laid out for print with the "Phụ lục … (Kèm theo …)" heading that ties it to the report.
 */
export const BUNDLE_ORDER = ['report', 'letter', 'annex', 'ranking', 'compliance'] as const;
export type BundleKey = (typeof BUNDLE_ORDER)[number];

/** The Word twin of each workbook: its tables are what the workbook's PDF must show. */
export const TABLES_OF = {
  forms: 'annex',
  rankingWorkbook: 'ranking',
  complianceWorkbook: 'compliance',
} as const;

/** The title of each document: its bookmark in the bundle and the title of its own PDF. */
export function documentTitles(
  m: ReportModel,
  forms: readonly FormTable[],
  letter: Letter | null,
): Record<DocumentKey, string> {
  const annex = `Phụ lục: Biểu mẫu thống kê ${forms.map((f) => f.form.code).join(', ')}`;
  const ranking = `Phụ lục: Kết quả Bộ chỉ số 766 của các cơ quan, địa phương ${provinceMention(m.province.name)}`;
  const compliance = `Phụ lục: Kết quả thực hiện các chỉ tiêu của các cơ quan, địa phương ${provinceMention(m.province.name)}`;
  return {
    report: `Báo cáo công tác kiểm soát thủ tục hành chính ${m.period.title}`,
    letter: letter ? letterTitle(letter) : 'Công văn về Bộ chỉ số 766',
    annex,
    forms: `${annex} (bảng tính)`,
    ranking,
    rankingWorkbook: `${ranking} (bảng tính)`,
    compliance,
    complianceWorkbook: `${compliance} (bảng tính)`,
  };
}

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
