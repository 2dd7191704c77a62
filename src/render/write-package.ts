import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportModel } from '../compute/report-model';
import type { FormTable } from '../forms';
import { formFrame } from '../forms/form-frame';
import { formsWorkbook } from './forms/forms-workbook';
import { writeModelFiles } from './model/write-model';

/** Stable names of the files of a package. */
export const PACKAGE_FILES = { forms: 'bieu-mau.xlsx' } as const;

/** The report date at UTC midnight: the only time stamp written into the files. */
const stampOf = (m: ReportModel) =>
  new Date(Date.UTC(m.frame.date.year, m.frame.date.month - 1, m.frame.date.day));

/** Writes every file of the package into `dir`; returns their names. */
export async function writePackage(
  dir: string,
  model: ReportModel,
  forms: readonly FormTable[],
): Promise<string[]> {
  const files = writeModelFiles(dir, model);
  if (forms.length > 0) {
    writeFileSync(
      join(dir, PACKAGE_FILES.forms),
      await formsWorkbook(forms, formFrame(model), stampOf(model)),
    );
    files.push(PACKAGE_FILES.forms);
  }
  return files;
}
