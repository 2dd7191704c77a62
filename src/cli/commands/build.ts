import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { buildModel } from '../../compute/build-model';
import { packageName } from '../../domain/province-slug';
import { checkTarget, writeFolderAtomically } from '../../render/write-folder';
import { summaryLines } from '../../render/model/summary';
import { writeModelFiles } from '../../render/model/write-model';
import { loadDataset } from '../load-dataset';
import { printIssues } from '../print-issues';

export interface BuildArgs {
  readonly data: string;
  readonly out: string;
  readonly force: boolean;
}

/** `tthc build`: validate, compute the report model, write the package folder. */
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
  const folder = join(args.out, packageName(dataset.province, dataset.period));
  const blocked = checkTarget(folder, args.force);
  if (blocked) return (console.error(blocked), 2);
  let files: string[] = [];
  await writeFolderAtomically(folder, async (dir) => {
    files = writeModelFiles(dir, model);
  });
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
