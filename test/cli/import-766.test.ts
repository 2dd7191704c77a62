// tthc import-766 run as an official would (the compiled CLI): exit 0 and the closing lines on
// the real captures; exit 1 and nothing written on a bad capture; exit 2 on wrong arguments or
// readings already imported without --force.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/tools/project-root';
import { copyCaptures, PAGE, PHU_THO_Q3, PHU_THO_YEAR_PROGRESS } from '../helpers/portal-corpus';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';
import { cpSync } from 'node:fs';

afterAll(removeTempFolders);

const MAIN = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');
const tthc = (...args: string[]) => spawnSync('node', [MAIN, ...args], { encoding: 'utf8' });
const run = (captures: string, out: string, ...more: string[]) =>
  tthc('import-766', captures, '--province', '25', '--as-of', '2026-09-26', '--out', out, ...more);

test('the real captures: exit 0, the summary, the read-back, then exit 2 without --force', () => {
  const out = join(tempFolder('tthc-cli-import-'), 'phu-tho');
  const r = run(PHU_THO_Q3, out);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain(
    'Đã nhập số liệu Bộ chỉ số 2026 tính đến ngày 26/9/2026 từ 6 trang của Cổng: tỉnh 61,39 điểm; 15 sở, ban, ngành và 148 xã, phường được xếp hạng.',
  );
  expect(r.stdout).toMatch(
    /Đã đọc lại các tệp vừa ghi: [\d.]+ điểm, tử số, mẫu số và tỷ lệ đều khớp/,
  );
  expect(r.stderr).toContain('CẢNH BÁO [PORTAL_DATA_FLAG] transparency/quarter-all.json');
  expect(readdirSync(out).sort()).toEqual([
    'ChiSo766.csv',
    'ChiSoThanhPhan766.csv',
    'DonVi.csv',
    'DonViCong766.csv',
  ]);
  const again = run(PHU_THO_Q3, out);
  expect(again.status).toBe(2);
  expect(again.stderr).toContain('Thêm --force để ghi đè');
  expect(run(PHU_THO_Q3, out, '--force').status).toBe(0);
});

test('pages of two periods: exit 1, a located Vietnamese error, nothing written', () => {
  const captures = copyCaptures();
  cpSync(PHU_THO_YEAR_PROGRESS, join(captures, PAGE.progress));
  const out = join(tempFolder('tthc-cli-import-'), 'phu-tho');
  const r = run(captures, out);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(
    /LỖI \[PORTAL_PERIODS_MIXED\] dvc-progress-tree\/quarter-all\.json: Các tệp không cùng một kỳ/,
  );
  expect(r.stderr).toContain('Không có tệp nào được ghi.');
  expect(existsSync(out)).toBe(false);
});

test('an unknown province or a date that is not one: exit 2', () => {
  const out = join(tempFolder('tthc-cli-import-'), 'x');
  const province = tthc(
    'import-766',
    PHU_THO_Q3,
    '--province',
    'Phú Thọo',
    '--as-of',
    '2026-09-26',
    '--out',
    out,
  );
  expect(province.status).toBe(2);
  expect(province.stderr).toContain('Có phải "Phú Thọ"?');
  const date = tthc(
    'import-766',
    PHU_THO_Q3,
    '--province',
    '25',
    '--as-of',
    '31/9/2026',
    '--out',
    out,
  );
  expect(date.status).toBe(2);
  expect(date.stderr).toContain('Ngày --as-of "31/9/2026" không hợp lệ');
  expect(existsSync(out)).toBe(false);
});
