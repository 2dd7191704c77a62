import type { CommandModule } from 'yargs';
import { NOTICES } from '../../issues/notices';
import { preparePackage } from '../../pipeline/prepare-package';
import type { Expected } from '../../validate/package/validate-source';
import { EXPECTED_OPTIONS, PREVIOUS_OPTION } from '../expected-options';
import { printIssues } from '../print-issues';
import { typedLines } from '../print-typed';

export interface ValidateArgs extends Expected {
  readonly data: string;
  readonly content?: string;
  readonly template?: string;
  readonly previous?: string;
  /** Blank carry-over cells filled from the previous period's pending dossiers. */
  readonly fillCarryOver?: boolean;
  /** The quarters' datasets a 6-month, 9-month or annual period is made of. */
  readonly parts?: readonly string[];
}

/**
 * `tthc validate`: every problem `tthc build` would report about its inputs — the data, the
 * report's content file and template, the footnote rules, the letter — without writing anything.
 * Exit 1 when there is an error.
 */
export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate',
  describe:
    'Kiểm tra bộ dữ liệu (và lời văn, mẫu, quy tắc chú thích, công văn kèm theo) và liệt kê mọi lỗi, cảnh báo kèm vị trí',
  builder: (y) =>
    y
      .option('data', {
        type: 'string',
        demandOption: true,
        describe: 'Thư mục tệp CSV, tệp .xlsx hoặc tệp .json (với --cac-quy: dữ liệu riêng của kỳ)',
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
      .options(PREVIOUS_OPTION)
      .options(EXPECTED_OPTIONS),
  handler: async (argv) => {
    const prepared = await preparePackage(
      {
        data: argv.data,
        content: argv.content,
        template: argv.template,
        previous: argv.previous,
        fillCarryOver: argv.fillCarryOver,
        parts: argv.parts,
      },
      argv,
    );
    const code = printIssues(prepared.issues);
    const report = prepared.model?.report;
    if (code === 0 && report) {
      console.log(
        NOTICES.VALID({
          province: report.province.name,
          period: report.period.title,
          units: report.unitCount.agencies + report.unitCount.communes,
        }),
      );
      console.log(typedLines(null, prepared.typed).join('\n'));
    }
    process.exitCode = code;
  },
};
