import type { CommandModule } from 'yargs';
import { NOTICES } from '../../issues/notices';
import { BUNDLE_FILE } from '../../contract/package-files';
import { EXPECTED_OPTIONS, PREVIOUS_OPTION } from '../expected-options';
import { printPdfToolsCheck } from '../pdf-tools-check';
import { earlyPdfConverter } from '../../render/pdf/converter/early-converter';
import type { PdfConverter } from '../../render/pdf/converter/converter';
import type { BuildArgs } from './build-args';

export type { BuildArgs } from './build-args';

const refuse = () => (console.error(NOTICES.NOTHING_WRITTEN_REPORT()), 1);

/**
 * `tthc build`: prepare (read, check, compute), then write, read back and move into place;
 * with --pdf, LibreOffice is started first (earlyPdfConverter) and stopped at the end.
 */
export async function runBuild(args: BuildArgs, shared?: PdfConverter): Promise<number> {
  // Before the data: a missing LibreOffice is found in a second, not after the whole build.
  const tools = printPdfToolsCheck(args.pdf);
  if (tools.failed) return refuse();
  // LibreOffice starts now and gets ready while the data is read and the package made; a
  // batch worker gives the one it keeps for all its datasets (`shared`), left running.
  const own = args.pdf && !shared ? earlyPdfConverter() : null;
  // Stopped as soon as the PDFs are made, while they are read back, or at the end.
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= own?.close() ?? Promise.resolve());
  try {
    // Loaded only now, so that LibreOffice starts before the modules of the build are read.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildFromArgs } = require('./build-run') as typeof import('./build-run');
    return await buildFromArgs(args, tools, shared ?? own ?? undefined, () => void close());
  } finally {
    await close();
  }
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
