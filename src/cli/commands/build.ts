import type { CommandModule } from 'yargs';
import { formatNumber } from '../../format';
import { NOTICES } from '../../issues/notices';
import { BUNDLE_FILE } from '../../contract/package-files';
import { summaryLines } from '../../render/model/summary';
import { buildPackage } from '../../pipeline/build-package';
import { preparePackage } from '../../pipeline/prepare-package';
import type { Expected } from '../../validate/package/validate-source';
import { EXPECTED_OPTIONS, PREVIOUS_OPTION } from '../expected-options';
import { printIssues } from '../print-issues';
import { printPdfToolsCheck } from '../pdf-tools-check';
import { typedLines } from '../print-typed';

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
  /** The previous period's data, whose pending dossiers this period must carry over. */
  readonly previous?: string;
  /** Blank carry-over cells filled from the previous period's pending dossiers. */
  readonly fillCarryOver?: boolean;
  /** The quarters' datasets a 6-month, 9-month or annual period is made of. */
  readonly parts?: readonly string[];
}

const refuse = () => (console.error(NOTICES.NOTHING_WRITTEN_REPORT()), 1);

/** `tthc build`: prepare (read, check, compute), then write, read back and move into place. */
export async function runBuild(args: BuildArgs): Promise<number> {
  // Before the data: a missing LibreOffice is found in a second, not after the whole build.
  const tools = printPdfToolsCheck(args.pdf);
  if (tools.failed) return refuse();
  console.error(NOTICES.READING());
  const prepared = await preparePackage(
    {
      data: args.data,
      content: args.content,
      template: args.template,
      previous: args.previous,
      fillCarryOver: args.fillCarryOver,
      parts: args.parts,
    },
    args,
  );
  if (printIssues(prepared.issues) !== 0 || !prepared.model?.report) return refuse();
  const result = await buildPackage(prepared.model, {
    out: args.out,
    force: args.force,
    pdf: args.pdf,
    progress: (line) => console.error(line),
  });
  if (result.status === 'blocked') return (console.error(result.message), 2);
  if (result.status === 'refused') {
    printIssues(tools.unsaid(result.issues));
    if (result.reason === 'pdf') return refuse();
    console.error(NOTICES.OUTPUT_REFUSED());
    return 1;
  }
  printIssues(tools.unsaid(result.warnings));
  console.log(summaryLines(prepared.model.report).join('\n'));
  console.log(
    NOTICES.WRITTEN({
      count: result.files.length,
      folder: result.folder,
      files: result.files.join(', '),
    }),
  );
  const checked = NOTICES.CHECKED_FROM_DATA({ count: formatNumber(result.checked) });
  console.log(typedLines(checked, prepared.typed).join('\n'));
  // A warning of the Nghị định 30 check (a city's text calling it "tỉnh") is not "đúng thể thức".
  const formatWarned = result.warnings.filter((w) => w.code.startsWith('FORMAT_')).length;
  console.log(
    formatWarned > 0 ? NOTICES.FORMAT_WARNED({ count: formatWarned }) : NOTICES.FORMAT_OK(),
  );
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
        describe: 'Thư mục tệp CSV, tệp .xlsx hoặc tệp .json (với --cac-quy: dữ liệu riêng của kỳ)',
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
      .options(PREVIOUS_OPTION)
      .options(EXPECTED_OPTIONS),
  handler: async (argv) => {
    process.exitCode = await runBuild(argv);
  },
};
