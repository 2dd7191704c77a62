import type { CommandModule } from 'yargs';
import { formatPeriodTitle } from '../../format';
import { printIssues } from '../print-issues';
import { EXPECTED_OPTIONS, loadDataset, type Expected } from '../load-dataset';

export interface ValidateArgs extends Expected {
  readonly data: string;
}

/** `tthc validate`: every problem of the dataset; exit 1 when there is an error. */
export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate',
  describe: 'Kiểm tra bộ dữ liệu và liệt kê mọi lỗi, cảnh báo kèm vị trí',
  builder: (y) =>
    y
      .option('data', {
        type: 'string',
        demandOption: true,
        describe: 'Thư mục tệp CSV, tệp .xlsx hoặc tệp .json',
      })
      .options(EXPECTED_OPTIONS),
  handler: async (argv) => {
    const { dataset, issues } = await loadDataset(argv.data, argv);
    const code = printIssues(issues);
    if (code === 0 && dataset)
      console.log(
        `Dữ liệu hợp lệ: ${dataset.province.name}, ${formatPeriodTitle(dataset.period)}, ${dataset.units.length} đơn vị.`,
      );
    process.exitCode = code;
  },
};
