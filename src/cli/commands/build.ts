import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { buildModel } from '../../compute/build-model';
import { packageName } from '../../domain/province-slug';
import { fillForms } from '../../forms';
import { checkFormTable } from '../../forms/check-equations';
import { summaryLines } from '../../render/model/summary';
import { checkTarget, writeFolderAtomically } from '../../render/write-folder';
import { PACKAGE_FILES, writePackage } from '../../render/write-package';
import { verifyFormsWorkbook, type Mismatch } from '../../verify/forms-workbook';
import { loadDataset } from '../load-dataset';
import { printIssues } from '../print-issues';

export interface BuildArgs {
  readonly data: string;
  readonly out: string;
  readonly force: boolean;
}

/** Thrown inside the temporary folder so that nothing is moved into place. */
class VerificationFailed extends Error {
  constructor(readonly mismatches: readonly Mismatch[]) {
    super('verification failed');
  }
}

/** `tthc build`: validate, compute, render, read the files back and compare, then move into place. */
export async function runBuild(args: BuildArgs): Promise<number> {
  const { dataset, issues } = await loadDataset(args.data);
  const code = printIssues(issues);
  if (code !== 0 || !dataset) {
    console.error(
      'Chưa lập được báo cáo: hãy sửa các lỗi trên rồi chạy lại. Không có tệp nào được ghi.',
    );
    return 1;
  }
  const model = buildModel(dataset);
  const forms = fillForms(model);
  const folder = join(args.out, packageName(dataset.province, dataset.period));
  const blocked = checkTarget(folder, args.force);
  if (blocked) return (console.error(blocked), 2);
  let files: string[] = [];
  try {
    await writeFolderAtomically(folder, async (dir) => {
      files = await writePackage(dir, model, forms);
      const broken = forms.flatMap(checkFormTable);
      const formsFile = join(dir, PACKAGE_FILES.forms);
      const mismatches = existsSync(formsFile)
        ? await verifyFormsWorkbook(readFileSync(formsFile), forms, PACKAGE_FILES.forms)
        : [];
      const equationBreaks = broken.map((b) => ({
        file: PACKAGE_FILES.forms,
        place: `${b.form} dòng ${b.row + 1}`,
        expected: `${b.label}: ${b.right}`,
        found: String(b.left),
      }));
      if (mismatches.length + equationBreaks.length > 0)
        throw new VerificationFailed([...equationBreaks, ...mismatches]);
    });
  } catch (err) {
    if (!(err instanceof VerificationFailed)) throw err;
    for (const m of err.mismatches)
      console.error(
        `LỖI [OUTPUT_MISMATCH] ${m.file}, ${m.place}: cần ${m.expected}, tệp ghi ${m.found}.`,
      );
    console.error('Văn bản tạo ra không khớp dữ liệu; không có tệp nào được ghi.');
    return 1;
  }
  console.log(summaryLines(model).join('\n'));
  console.log(`Đã ghi ${files.length} tệp vào "${folder}": ${files.join(', ')}.`);
  return 0;
}

export const buildCommand: CommandModule<object, BuildArgs> = {
  command: 'build',
  describe: 'Kiểm tra dữ liệu, tính toán và ghi bộ văn bản vào thư mục kết quả',
  builder: (y) =>
    y
      .option('data', {
        type: 'string',
        demandOption: true,
        describe: 'Thư mục tệp CSV, tệp .xlsx hoặc tệp .json',
      })
      .option('out', { type: 'string', default: 'output', describe: 'Thư mục kết quả' })
      .option('force', {
        type: 'boolean',
        default: false,
        describe: 'Ghi đè thư mục kết quả đã có',
      }),
  handler: async (argv) => {
    process.exitCode = await runBuild(argv);
  },
};
