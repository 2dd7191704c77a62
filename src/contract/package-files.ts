/** Stable names of the files of a package. */
export const PACKAGE_FILES = {
  report: 'bao-cao.docx',
  annex: 'phu-luc-bieu-mau.docx',
  forms: 'bieu-mau.xlsx',
  ranking: 'xep-hang-766.docx',
  rankingWorkbook: 'xep-hang-766.xlsx',
  letter: 'cong-van-766.docx',
  compliance: 'chi-tieu-don-vi.docx',
  complianceWorkbook: 'chi-tieu-don-vi.xlsx',
} as const;

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

/** The computed model and its summary, written beside the documents. */
export const MODEL_FILES = { model: 'model.json', summary: 'tom-tat.txt' } as const;
