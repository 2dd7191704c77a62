import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CommandModule } from 'yargs';
import { buildModel } from '../../compute/build-model';
import { packageName } from '../../domain/province-slug';
import { fillForms } from '../../forms';
import { contentPathFor } from '../../ingest/read-content';
import { summaryLines } from '../../render/model/summary';
import { hasErrors, makeIssue, type Issue } from '../../issues/issue';
import { BUNDLE_FILE, PDF_FILES } from '../../render/pdf/package-pdfs';
import { checkPdfTools } from '../../render/pdf/pdf-tools';
import { writePackagePdfs } from '../../render/pdf/write-pdfs';
import { bundledReportTemplate } from '../../render/report/report-template-file';
import { checkTarget, TargetTaken, writeFolderAtomically } from '../../render/write-folder';
import { writePackage } from '../../render/write-package';
import { mismatchIssues, type Mismatch } from '../../verify/mismatch';
import { checkPackageFormat, verifyPackage } from '../../verify/verify-package';
import { EXPECTED_OPTIONS, loadDataset, type Expected } from '../load-dataset';
import { printIssues } from '../print-issues';
import { buildDocuments } from './build-documents';

export interface BuildArgs extends Expected {
  readonly data: string;
  readonly out: string;
  readonly force: boolean;
  /** Content file of the report's prose; noi-dung.md beside the data by default. */
  readonly content?: string;
  /** Word template of the report; the bundled one by default. */
  readonly template?: string;
  /** Also write every document as PDF and one bookmarked bundle (needs LibreOffice). */
  readonly pdf?: boolean;
}

/** Thrown inside the temporary folder so that nothing is moved into place. */
class VerificationFailed extends Error {
  constructor(
    readonly mismatches: readonly Mismatch[],
    readonly deviations: readonly Issue[],
  ) {
    super('verification failed');
  }
}

/** Thrown inside the temporary folder when LibreOffice could not make a PDF. */
class PdfFailed extends Error {
  constructor(readonly issues: readonly Issue[]) {
    super('pdf failed');
  }
}

/** PDFs of an earlier --pdf run that a build without --pdf leaves behind in `folder`. */
function stalePdfs(folder: string): Issue[] {
  const left = [...Object.values(PDF_FILES), BUNDLE_FILE].filter((f) =>
    existsSync(join(folder, f)),
  );
  return left.length > 0
    ? [makeIssue('PDF_STALE', { files: left.join(', ') }, { file: folder })]
    : [];
}

const NOTHING_WRITTEN =
  'Chưa lập được báo cáo: hãy sửa các lỗi trên rồi chạy lại. Không có tệp nào được ghi.';

/** `tthc build`: validate, compute, render, read the files back and compare, then move into place. */
export async function runBuild(args: BuildArgs): Promise<number> {
  // Before the data: a missing LibreOffice is found in a second, not after the whole build.
  if (args.pdf && printIssues(checkPdfTools()) !== 0) return (console.error(NOTHING_WRITTEN), 1);
  console.error('Đang đọc và kiểm tra dữ liệu…');
  const { dataset, issues } = await loadDataset(args.data, args);
  if (printIssues(issues) !== 0 || !dataset) return (console.error(NOTHING_WRITTEN), 1);
  const model = buildModel(dataset);
  const forms = fillForms(model);
  const folder = join(args.out, packageName(dataset.province, dataset.period));
  const blocked = checkTarget(folder, args.force);
  if (blocked) return (console.error(blocked), 2);
  console.error('Đang lập báo cáo, biểu mẫu và phụ lục…');
  const {
    docs,
    view,
    letter,
    compliance,
    issues: docIssues,
  } = await buildDocuments(model, forms, {
    contentPath: contentPathFor(args.data, args.content),
    templatePath: args.template ?? bundledReportTemplate(),
    dataDir: dirname(contentPathFor(args.data)),
  });
  if (printIssues(docIssues) !== 0) return (console.error(NOTHING_WRITTEN), 1);
  let files: string[] = [];
  try {
    await writeFolderAtomically(
      folder,
      async (dir) => {
        files = await writePackage(dir, model, forms, docs);
        if (args.pdf) {
          const pdf = await writePackagePdfs(dir, model, forms, letter?.letter ?? null, {
            progress: (line) => console.error(line),
          });
          if (pdf.issues.length > 0) throw new PdfFailed(pdf.issues);
          files.push(...pdf.files);
        }
        console.error('Đang đọc lại các tệp vừa ghi để đối chiếu với dữ liệu…');
        const mismatches = await verifyPackage(dir, model, forms, view, letter, compliance);
        const deviations = checkPackageFormat(dir);
        if (mismatches.length > 0 || hasErrors(deviations))
          throw new VerificationFailed(mismatches, deviations);
      },
      args.force,
    );
  } catch (err) {
    // Another run (a batch worker on a dataset of the same province and period) got there first.
    if (err instanceof TargetTaken)
      return (console.error(checkTarget(folder, args.force) ?? err.message), 2);
    if (err instanceof PdfFailed)
      return (printIssues(err.issues), console.error(NOTHING_WRITTEN), 1);
    if (!(err instanceof VerificationFailed)) throw err;
    printIssues([...mismatchIssues(err.mismatches), ...err.deviations]);
    console.error(
      'Văn bản tạo ra không khớp dữ liệu hoặc sai thể thức Nghị định 30/2020; không có tệp nào được ghi.',
    );
    return 1;
  }
  if (!args.pdf) printIssues(stalePdfs(folder));
  console.log(summaryLines(model).join('\n'));
  console.log(`Đã ghi ${files.length} tệp vào "${folder}": ${files.join(', ')}.`);
  console.log('Mọi số liệu trong các tệp đã được đọc lại và khớp với dữ liệu.');
  console.log('Các văn bản Word đúng thể thức Nghị định 30/2020 (tthc check-format).');
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
      })
      .option('content', {
        alias: 'noi-dung',
        type: 'string',
        describe: 'Tệp lời văn của báo cáo (mặc định: noi-dung.md cạnh dữ liệu)',
      })
      .option('template', {
        alias: 'mau',
        type: 'string',
        describe: 'Mẫu Word của báo cáo (mặc định: templates/bao-cao-quy.docx)',
      })
      .option('pdf', {
        type: 'boolean',
        default: false,
        describe: `Ghi thêm bản PDF của từng tệp và tệp ${BUNDLE_FILE} gộp cả bộ (cần LibreOffice)`,
      })
      .options(EXPECTED_OPTIONS),
  handler: async (argv) => {
    process.exitCode = await runBuild(argv);
  },
};
