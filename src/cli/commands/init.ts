import type { CommandModule } from 'yargs';
import { initSummary } from '../../init/init-summary';
import { initDataset, PERIOD_HELP } from '../../pipeline/init-dataset';

export interface InitArgs {
  readonly province: string;
  readonly period: string;
  readonly out: string;
  readonly force: boolean;
}

/** Runs `tthc init`; returns the exit code (2: bad arguments, 1: writing failed). */
export async function runInit(args: InitArgs, print = console.log, fail = console.error) {
  const r = await initDataset(args);
  if (r.status !== 'written') {
    fail(r.message);
    return r.status === 'refused' ? 2 : 1;
  }
  print(
    initSummary({
      province: r.province,
      period: r.period,
      out: r.out,
      workbookPath: r.workbookPath,
      csvFiles: r.csvFiles,
      communeCount: r.communeCount,
    }),
  );
  return 0;
}

export const initCommand: CommandModule<object, InitArgs> = {
  command: 'init',
  describe: 'Tạo bộ dữ liệu trống (bảng tính Excel và các tệp CSV) cho một tỉnh và một kỳ',
  builder: (yargs) =>
    yargs
      .option('province', {
        type: 'string',
        demandOption: true,
        describe: 'Mã hoặc tên tỉnh, ví dụ 12 hoặc "Lai Châu"',
      })
      .option('period', {
        type: 'string',
        demandOption: true,
        describe: `Kỳ báo cáo: ${PERIOD_HELP}`,
      })
      .option('out', { type: 'string', demandOption: true, describe: 'Thư mục sẽ tạo' })
      .option('force', { type: 'boolean', default: false, describe: 'Ghi vào thư mục đã có tệp' }),
  handler: async (argv) => {
    process.exitCode = await runInit(argv);
  },
};
