import type { CommandModule } from 'yargs';
import { formatDateNumeric, formatNumber } from '../../format';
import { NOTICES } from '../../issues/notices';
import { importPortal766 } from '../../pipeline/import-766';
import { printIssues } from '../print-issues';

export interface Import766Args {
  readonly folder: string;
  readonly province: string;
  readonly 'as-of': string;
  readonly out: string;
  readonly force: boolean;
}

/**
 * `tthc import-766 <thư mục> --province … --as-of … --out <bộ dữ liệu>`: the portal's saved
 * pages into the dataset's index-766 tables (docs/index-766.md). Exit 0 written, 1 bad input
 * (nothing written), 2 usage or the readings already there without --force.
 */
export function runImport766(args: Import766Args): number {
  console.error(NOTICES.IMPORT_READING());
  const result = importPortal766({
    captures: args.folder,
    province: args.province,
    asOf: args['as-of'],
    out: args.out,
    force: args.force,
  });
  if (result.status === 'usage' || result.status === 'blocked') {
    console.error(result.message);
    return 2;
  }
  if (result.status === 'refused') {
    printIssues(result.issues);
    console.error(NOTICES.NOTHING_WRITTEN_IMPORT());
    return 1;
  }
  printIssues(result.warnings);
  const s = result.summary;
  console.log(
    NOTICES.IMPORT_DONE({
      set: s.set,
      asOf: formatDateNumeric(s.asOf),
      agencies: s.agencies,
      communes: s.communes,
      total: formatNumber(s.provinceTotal),
      files: s.pages,
    }),
  );
  console.log(NOTICES.IMPORT_WRITTEN({ folder: args.out, files: result.files.join(', ') }));
  console.log(NOTICES.IMPORT_CHECKED({ count: formatNumber(result.compared) }));
  if (result.needsFrame) console.log(NOTICES.IMPORT_NEEDS_FRAME({ folder: args.out }));
  return 0;
}

export const import766Command: CommandModule<object, Import766Args> = {
  command: 'import-766 <folder>',
  describe:
    'Nhập số liệu Bộ chỉ số 766 từ các trang đánh giá đã lưu trên Cổng Dịch vụ công quốc gia',
  builder: (y) =>
    y
      .positional('folder', {
        type: 'string',
        demandOption: true,
        describe: 'Thư mục các tệp .json đã lưu từ Cổng (mỗi trang đánh giá một tệp)',
      })
      .option('province', {
        type: 'string',
        demandOption: true,
        describe: 'Mã hoặc tên tỉnh, ví dụ 25 hoặc "Phú Thọ"',
      })
      .option('as-of', {
        type: 'string',
        demandOption: true,
        describe: 'Ngày số liệu ("tính đến ngày"), ví dụ 2026-09-26',
      })
      .option('out', {
        type: 'string',
        demandOption: true,
        describe:
          'Thư mục bộ dữ liệu (CSV) nhận các bảng ChiSo766, ChiSoThanhPhan766, DonViCong766',
      })
      .option('force', {
        type: 'boolean',
        default: false,
        describe: 'Ghi đè số liệu 766 đã nhập trước đó',
      }),
  handler: (argv) => {
    process.exitCode = runImport766(argv);
  },
};
