import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { findProvince, suggestProvince } from '../../domain/find-province';
import { parsePeriodCode, periodBounds } from '../../domain/period';
import { formatPeriodTitle } from '../../format';
import { readRegistry } from '../../ingest/read-registry';
import { emptyDataset } from '../../init/empty-dataset';
import { initSummary } from '../../init/init-summary';
import { workbookFileName } from '../../init/workbook-name';
import { writeCsvFolder } from '../../render/init/write-csv-folder';
import { contentSkeleton } from '../../render/init/content-skeleton';
import { CONTENT_FILE } from '../../contract/content-sections';
import { checkTarget, TargetTaken, writeFolderAtomically } from '../../render/write-folder';
import { writeWorkbook } from '../../render/init/write-workbook';

export interface InitArgs {
  readonly province: string;
  readonly period: string;
  readonly out: string;
  readonly force: boolean;
}

const PERIOD_HELP = '2026-Q1…2026-Q4 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng), 2026 (năm)';

/** Runs `tthc init`; returns the exit code (2: bad arguments, 1: writing failed). */
export async function runInit(args: InitArgs, print = console.log, fail = console.error) {
  const refuse = (message: string) => {
    fail(message);
    return 2;
  };
  const registry = readRegistry();
  const province = findProvince(registry, args.province);
  if (!province) {
    const guess = suggestProvince(registry, args.province);
    const hint = guess
      ? ` Có phải "${guess}"?`
      : ' Dùng mã (ví dụ 12) hoặc tên theo danh mục 2025.';
    return refuse(`Không tìm thấy tỉnh, thành phố "${args.province}".${hint}`);
  }
  const period = parsePeriodCode(args.period);
  if (!period) return refuse(`Kỳ báo cáo "${args.period}" không hợp lệ. Dùng ${PERIOD_HELP}.`);
  const blocked = checkTarget(args.out, args.force);
  if (blocked) return refuse(blocked);

  const dataset = emptyDataset({ province, period, communes: registry.communes });
  const { from } = periodBounds(period);
  // Derived from the period, not the clock, so running init twice gives identical bytes.
  const createdAt = new Date(Date.UTC(from.year, from.month - 1, from.day));
  const workbook = workbookFileName(province, period);
  let csvFiles: string[] = [];
  try {
    await writeFolderAtomically(
      args.out,
      async (dir) => {
        csvFiles = writeCsvFolder(dir, dataset);
        writeFileSync(join(dir, CONTENT_FILE), contentSkeleton(formatPeriodTitle(period)));
        await writeWorkbook(join(dir, workbook), dataset, { province, period, createdAt });
      },
      args.force,
    );
  } catch (err) {
    if (err instanceof TargetTaken) return refuse(checkTarget(args.out, args.force) ?? err.message);
    fail(`Không ghi được thư mục "${args.out}": ${(err as Error).message}`);
    return 1;
  }
  const workbookPath = join(args.out, workbook);
  const communeCount = dataset.DonVi.rows.length;
  print(initSummary({ province, period, out: args.out, workbookPath, csvFiles, communeCount }));
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
