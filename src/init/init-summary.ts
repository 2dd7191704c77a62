import { basename } from 'node:path';
import { CONTENT_FILE } from '../contract/content-sections';
import { periodCode } from '../domain/period';
import type { Province } from '../domain/registry';
import { formatPeriodTitle } from '../format';
import type { Period } from '../format/calendar-types';

export interface InitSummary {
  readonly province: Province;
  readonly period: Period;
  readonly out: string;
  /** Path of the workbook, as the user should type it. */
  readonly workbookPath: string;
  readonly csvFiles: readonly string[];
  readonly communeCount: number;
}

/** Quotes a path with spaces so the printed command can be pasted as is. */
const shellArg = (path: string) => (/\s/.test(path) ? `"${path}"` : path);

/** What `tthc init` wrote and what the official does next, in Vietnamese. */
export function initSummary(s: InitSummary): string {
  const xlsx = shellArg(s.workbookPath);
  const title = `${formatPeriodTitle(s.period)} (${periodCode(s.period)})`;
  return [
    `Đã tạo dữ liệu trống cho ${s.province.name}, ${title}, trong "${s.out}":`,
    `  • ${basename(s.workbookPath)}: bảng tính để điền bằng Excel (xem trang HuongDan);`,
    `  • ${s.csvFiles.length} tệp CSV (${s.csvFiles.slice(0, 3).join(', ')}, …): cùng các bảng, nếu không dùng Excel;`,
    `  • ${CONTENT_FILE}: lời văn của báo cáo (khó khăn, phương hướng, kiến nghị…), viết dưới từng mục.`,
    `Bảng DonVi đã có sẵn ${s.communeCount} xã, phường, đặc khu theo danh mục 2025.`,
    'Bước tiếp theo:',
    '  1. Điền ThongTin (ngày báo cáo, người ký), thêm các sở, ngành vào DonVi, nhập số liệu;',
    `     viết lời văn vào ${CONTENT_FILE} (hoặc chép tệp này từ kỳ trước rồi sửa).`,
    `  2. Kiểm tra: tthc validate --data ${xlsx}`,
    `  3. Lập báo cáo: tthc build --data ${xlsx} --out output`,
    `  (Nếu điền các tệp CSV, dùng --data ${shellArg(s.out)}.)`,
  ].join('\n');
}
