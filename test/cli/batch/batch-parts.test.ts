import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDatasets } from '../../../src/cli/batch/find-datasets';
import type { BatchResult } from '../../../src/cli/batch/job';
import { batchProgress } from '../../../src/cli/batch/progress';
import { summaryIssue } from '../../../src/cli/batch/summary-issue';
import { removeTempFolders, tempFolder } from '../../helpers/sample-copy';

afterAll(removeTempFolders);

const result = (over: Partial<BatchResult>): BatchResult => ({
  index: 0,
  data: '/du-lieu/ha-noi',
  exitCode: 0,
  stdout: [],
  stderr: [],
  ms: 1234,
  ...over,
});

test('datasets of a root: folders, .xlsx and .json files, by name; nothing hidden or else', () => {
  const root = tempFolder('tthc-find-');
  for (const d of ['lao-cai', 'an-giang', '.lao-cai-2026-q1.tmp-42']) mkdirSync(join(root, d));
  for (const f of ['ha-noi.xlsx', 'hue.JSON', 'ghi-chu.txt', '~$ha-noi.xlsx', 'b.csv'])
    writeFileSync(join(root, f), '');
  expect(findDatasets(root)).toEqual(
    ['an-giang', 'ha-noi.xlsx', 'hue.JSON', 'lao-cai'].map((n) => join(root, n)),
  );
  expect(findDatasets(join(root, 'khong-co'))).toBeNull();
});

test('on a terminal, one bar redrawn in place; failures printed above it', () => {
  const written: string[] = [];
  const p = batchProgress({ isTTY: true, columns: 100, write: (t) => written.push(t) }, 4);
  p.done(result({}));
  p.done(result({ data: '/du-lieu/hong', exitCode: 1 }));
  p.end();
  expect(written[0]).toBe(`\r\x1b[2KĐang lập [${'░'.repeat(24)}] 0/4 `);
  expect(written[1]).toBe(`\r\x1b[2KĐang lập [${'█'.repeat(6)}${'░'.repeat(18)}] 1/4 ha-noi`);
  expect(written[2]).toBe('\r\x1b[2K[2/4] LỖI: hong (mã thoát 1, 1,2 giây)\n');
  expect(written[3]).toBe(
    `\r\x1b[2KĐang lập [${'█'.repeat(12)}${'░'.repeat(12)}] 2/4 · 1 lỗi hong`,
  );
  expect(written[4]).toBe('\r\x1b[2K');
});

test('elsewhere, one plain line per dataset with its time and warnings', () => {
  const written: string[] = [];
  const p = batchProgress({ isTTY: false, write: (t) => written.push(t) }, 2);
  p.done(result({ stderr: ['Đang đọc…', 'CẢNH BÁO [X] a', 'CẢNH BÁO [Y] b'] }));
  p.done(result({ data: '/du-lieu/hong', exitCode: 2, ms: 80 }));
  p.end();
  expect(written).toEqual([
    '[1/2] Xong: ha-noi (1,2 giây, 2 cảnh báo)\n',
    '[2/2] LỖI: hong (mã thoát 2, 0,1 giây)\n',
  ]);
});

test('a failure quotes its first three errors and counts the rest', () => {
  // Lines as long as real ones (about 150 characters): each is quoted whole.
  const long = ', cột tiep_nhan_truc_tuyen: Ô "mười" không phải là số. ' + 'Sửa ô này. '.repeat(8);
  const errors = [1, 2, 3, 4, 5].map((n) => `LỖI [NOT_A_NUMBER] HoSo.csv, dòng ${n}${long}`);
  const issue = summaryIssue(
    result({
      exitCode: 1,
      stderr: ['Đang đọc và kiểm tra dữ liệu…', 'CẢNH BÁO [W] w', ...errors, 'Tổng cộng: 5 lỗi'],
    }),
  );
  expect(issue?.code).toBe('BATCH_DATASET_FAILED');
  expect(issue?.location?.file).toBe('/du-lieu/ha-noi');
  expect(issue?.message).toContain('(mã thoát 1)');
  // One line: print-issues shows a line break inside a message as <U+000A>.
  expect(issue?.message).not.toContain('\n');
  expect(issue?.message.split(': ').slice(1).join(': ').split(' | ')).toEqual([
    `LỖI [NOT_A_NUMBER] HoSo.csv, dòng 1${long}`,
    `LỖI [NOT_A_NUMBER] HoSo.csv, dòng 2${long}`,
    `LỖI [NOT_A_NUMBER] HoSo.csv, dòng 3${long}`,
    '… và 2 dòng khác (tthc build --data <bộ dữ liệu> cho xem hết)',
  ]);
});

test('a failure without errors quotes why it stopped, without progress or stack frames', () => {
  const issue = summaryIssue(
    result({
      exitCode: 1,
      stderr: ['Đang lập báo cáo…', 'TypeError: x is undefined', '    at build (build.js:1:1)'],
    }),
  );
  expect(issue?.message).toMatch(/được ghi: TypeError: x is undefined$/);
});

test('a success says nothing unless the data had warnings', () => {
  expect(summaryIssue(result({ stderr: ['Đang đọc…'] }))).toBeNull();
  const issue = summaryIssue(result({ stderr: ['CẢNH BÁO [COMMUNES_MISSING] DonVi.csv: …'] }));
  expect(issue?.severity).toBe('warning');
  expect(issue?.message).toContain('1 cảnh báo');
  expect(issue?.message).toMatch(/cảnh báo: CẢNH BÁO \[COMMUNES_MISSING\] DonVi.csv: …$/);
});
