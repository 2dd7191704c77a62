import type { CommandModule } from 'yargs';
import { formatNumber } from '../../format';
import { NOTICES } from '../../issues/notices';
import { buildLetter } from '../../pipeline/build-letter';
import { prepareLetter } from '../../pipeline/prepare-package';
import { checkPdfTools } from '../../render/pdf/pdf-tools';
import { printIssues } from '../print-issues';
import { typedLines } from '../print-typed';

export interface LetterArgs {
  readonly file: string;
  readonly out: string;
  readonly force: boolean;
  /** A dataset whose figures and footnote rules the letter quotes ({{thong_ke_766}}, [^rule]). */
  readonly data?: string;
  /** Also write the letter as PDF (needs LibreOffice). */
  readonly pdf?: boolean;
}

const refuse = () => (console.error(NOTICES.NOTHING_WRITTEN_LETTER()), 1);

/** `tthc letter <tệp.md> [--data …]`: one công văn from its content file, checked after writing. */
export async function runLetter(args: LetterArgs): Promise<number> {
  if (args.pdf && printIssues(checkPdfTools()) !== 0) return refuse();
  const prepared = await prepareLetter({ letter: args.file, data: args.data });
  if (printIssues(prepared.issues) !== 0 || !prepared.model?.letter) return refuse();
  const result = await buildLetter(prepared.model, {
    out: args.out,
    force: args.force,
    pdf: args.pdf,
    progress: (line) => console.error(line),
  });
  if (result.status === 'blocked') return (console.error(result.message), 2);
  if (result.status === 'refused') {
    printIssues(result.issues);
    if (result.reason === 'format') {
      console.error(NOTICES.LETTER_FORMAT_REFUSED());
      return 1;
    }
    return refuse();
  }
  console.log(NOTICES.LETTER_WRITTEN({ files: result.files.map((f) => `"${f}"`).join(' và ') }));
  const checked = NOTICES.LETTER_CHECKED({
    count: formatNumber(result.checked),
    withData: prepared.model.report !== null,
  });
  console.log(typedLines(checked, prepared.typed).join('\n'));
  console.log(NOTICES.FORMAT_OK());
  return 0;
}

export const letterCommand: CommandModule<object, LetterArgs> = {
  command: 'letter <file>',
  describe: 'Lập một công văn (thể thức Nghị định 30/2020) từ tệp nội dung',
  builder: (y) =>
    y
      .positional('file', {
        type: 'string',
        demandOption: true,
        describe: 'Tệp nội dung công văn (.md)',
      })
      .option('out', { type: 'string', default: 'output', describe: 'Thư mục kết quả' })
      .option('force', { type: 'boolean', default: false, describe: 'Ghi đè tệp đã có' })
      .option('data', {
        type: 'string',
        describe: 'Bộ dữ liệu cho số liệu và chú thích của công văn (Chỉ số 766)',
      })
      .option('pdf', {
        type: 'boolean',
        default: false,
        describe: 'Ghi thêm bản PDF của công văn (cần LibreOffice)',
      }),
  handler: async (argv) => {
    process.exitCode = await runLetter(argv);
  },
};
