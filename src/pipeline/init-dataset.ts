import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FILE } from '../contract/content-sections';
import { findProvince, suggestProvince } from '../domain/find-province';
import { parsePeriodCode, periodBounds } from '../domain/period';
import type { Province } from '../domain/registry';
import { formatPeriodTitle } from '../format';
import type { Period } from '../format/calendar-types';
import { readRegistry } from '../ingest/read-registry';
import { emptyDataset } from '../init/empty-dataset';
import { workbookFileName } from '../init/workbook-name';
import { contentSkeleton } from '../render/init/content-skeleton';
import { writeCsvFolder } from '../render/init/write-csv-folder';
import { writeWorkbook } from '../render/init/write-workbook';
import { checkTarget, TargetTaken, writeFolderAtomically } from '../render/write-folder';

export interface InitRequest {
  /** Code or name of the province, as the official types it ("12", "Lai Châu"). */
  readonly province: string;
  /** Period code: 2026-Q2, 2026-H1, 2026-9M, 2026. */
  readonly period: string;
  readonly out: string;
  readonly force: boolean;
}

export const PERIOD_HELP =
  '2026-Q1…2026-Q4 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng), 2026 (năm)';

/** What `tthc init` (and the web app's first page) made, or why it made nothing. */
export type InitResult =
  | {
      readonly status: 'written';
      readonly province: Province;
      readonly period: Period;
      readonly out: string;
      /** Path of the workbook inside `out`. */
      readonly workbookPath: string;
      readonly csvFiles: readonly string[];
      readonly contentFile: string;
      readonly communeCount: number;
    }
  /** The arguments are wrong (unknown province, bad period) or `out` is taken. */
  | { readonly status: 'refused'; readonly message: string }
  /** Writing failed (disk full, no permission): `out` is as it was. */
  | { readonly status: 'failed'; readonly message: string };

/**
 * Writes the empty dataset of a province and period into `out`: the workbook to fill in Excel,
 * the same tables as CSV files and the report's content file, all at once or nothing.
 */
export async function initDataset(args: InitRequest): Promise<InitResult> {
  const refuse = (message: string): InitResult => ({ status: 'refused', message });
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
    return {
      status: 'failed',
      message: `Không ghi được thư mục "${args.out}": ${(err as Error).message}`,
    };
  }
  return {
    status: 'written',
    province,
    period,
    out: args.out,
    workbookPath: join(args.out, workbook),
    csvFiles,
    contentFile: join(args.out, CONTENT_FILE),
    communeCount: dataset.DonVi.rows.length,
  };
}
