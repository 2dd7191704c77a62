import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportModel } from '../compute/report-model';
import type { FormTable } from '../forms';
import { formFrame } from '../forms/form-frame';
import { formsWorkbook } from './forms/forms-workbook';
import { writeModelFiles } from './model/write-model';

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

/** Word files already rendered (and checked for content errors) before anything is written. */
export interface RenderedDocuments {
  readonly report: Buffer | null;
  readonly annex: Buffer | null;
  /** The index-766 ranking annex, Word and workbook, when the data has readings. */
  readonly ranking: Buffer | null;
  readonly rankingWorkbook: Buffer | null;
  /** The index-766 letter, when the dataset folder has its content file (cong-van.md). */
  readonly letter: Buffer | null;
  /** The per-unit compliance annex, Word and workbook, when the data has indicators. */
  readonly compliance: Buffer | null;
  readonly complianceWorkbook: Buffer | null;
}

/** The report date at UTC midnight: the only time stamp written into the files. */
export const stampOf = (m: ReportModel): Date =>
  new Date(Date.UTC(m.frame.date.year, m.frame.date.month - 1, m.frame.date.day));

/** Writes every file of the package into `dir`; returns their names. */
export async function writePackage(
  dir: string,
  model: ReportModel,
  forms: readonly FormTable[],
  docs: RenderedDocuments,
): Promise<string[]> {
  const files: string[] = [];
  if (docs.report) {
    writeFileSync(join(dir, PACKAGE_FILES.report), docs.report);
    files.push(PACKAGE_FILES.report);
  }
  for (const key of [
    'letter',
    'annex',
    'ranking',
    'rankingWorkbook',
    'compliance',
    'complianceWorkbook',
  ] as const) {
    const bytes = docs[key];
    if (!bytes) continue;
    writeFileSync(join(dir, PACKAGE_FILES[key]), bytes);
    files.push(PACKAGE_FILES[key]);
  }
  if (forms.length > 0) {
    writeFileSync(
      join(dir, PACKAGE_FILES.forms),
      await formsWorkbook(forms, formFrame(model), stampOf(model)),
    );
    files.push(PACKAGE_FILES.forms);
  }
  files.push(...writeModelFiles(dir, model));
  return files;
}
