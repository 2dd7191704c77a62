/**
 * Messages an official can act on (issue 17): a cell named as Excel names it (`HoSo!I3`) with
 * its Vietnamese header, a form equation said with the sheet's letters, the form's column
 * numbers kept in brackets. Every expected line is written by hand from the workbook below.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { printIssues } from '../../src/cli/print-issues';
import { readDataset } from '../../src/ingest/read-dataset';
import { readRegistry } from '../../src/ingest/read-registry';
import { validateSource } from '../../src/validate/package/validate-source';
import { FIXTURES } from '../helpers/bad-input-corpus';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tthc-terms-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// HoSo of the valid workbook: A ma_don_vi, C (3) total received, D E F (4) (5) (6),
// G (7) total resolved, H I J (8) (9) (10), K (11) total pending, L M (12) (13).
// Row 2 SO-TP: 1000 + 50 + 30 received; 900 + 100 + 30 resolved; 40 + 10 pending.
// Row 3 SO-YT; row 4 SO-NV: 20 + 0 + 0 received; 15 + 5 + 0 resolved; 0 + 0 pending.
test('cells are named HoSo!I3 with their header; equations in the sheet’s letters', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(FIXTURES, 'xlsx-valid', 'du-lieu.xlsx'));
  const sheet = wb.getWorksheet('HoSo')!;
  sheet.getCell('C2').value = 1090; // 1000 + 50 + 30 = 1080; (7) + (11) = 1030 + 50 = 1080
  sheet.getCell('I3').value = 'mười';
  sheet.getCell('J4').value = 3; // (7) = 15 + 5 + 3 = 23 against (3) = 20 + 0 + 0 = 20
  const file = join(dir, 'du-lieu.xlsx');
  await wb.xlsx.writeFile(file);

  const { issues } = await validateSource(await readDataset(file), 'du-lieu.xlsx', readRegistry());
  const lines: string[] = [];
  printIssues(issues, (l) => lines.push(l));
  expect(lines).toEqual([
    'LỖI [NOT_A_NUMBER] du-lieu.xlsx, ô HoSo!I3, cột "Đã giải quyết đúng hạn": "mười" không phải là số (cột "Đã giải quyết đúng hạn").',
    'LỖI [EQUATION_MISMATCH] du-lieu.xlsx, ô HoSo!C2, cột "Tổng số hồ sơ tiếp nhận": Tổng số hồ sơ tiếp nhận (C) phải bằng D + E + F: 1.090 ≠ 1.080 [Biểu 06c: (3) = (4) + (5) + (6)].',
    'LỖI [EQUATION_MISMATCH] du-lieu.xlsx, ô HoSo!C2, cột "Tổng số hồ sơ tiếp nhận": Tổng số hồ sơ tiếp nhận (C) phải bằng G + K: 1.090 ≠ 1.080 [Biểu 06c: (3) = (7) + (11)].',
    'LỖI [EQUATION_MISMATCH] du-lieu.xlsx, ô HoSo!C4, cột "Tổng số hồ sơ tiếp nhận": Tổng số hồ sơ tiếp nhận (C để trống, tính = D + E + F) phải bằng G + K: 20 ≠ 23 [Biểu 06c: (3) = (7) + (11)].',
    'Tổng cộng: 4 lỗi, 0 cảnh báo.',
  ]);
});
