// `tthc build --cac-quy` and `--dien-tu-ky-truoc` run as a user would (docs/periods.md), on the
// quarters of test/fixtures/quarters/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/tools/project-root';

const MAIN = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');
const tthc = (...args: string[]) => spawnSync('node', [MAIN, ...args], { encoding: 'utf8' });
const QUARTERS = join(projectRoot(), 'test', 'fixtures', 'quarters');
const at = (name: string) => join(QUARTERS, name);
const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-periods-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

test('build --cac-quy: the 6-month package from Quarters I and II, exit 0', () => {
  const out = temp();
  const r = tthc(
    'build',
    '--data',
    at('lao-cai-2026-h1'),
    '--cac-quy',
    at('lao-cai-2026-q1'),
    at('lao-cai-2026-q2'),
    '--out',
    out,
  );
  expect(r.stderr).not.toContain('LỖI');
  expect(r.status).toBe(0);
  // 305.629 online + 29.747 direct in Q1 and Q2, 12.167 carried over into Q1 (awk on HoSo.csv).
  expect(r.stdout).toContain(
    'Lào Cai — 6 tháng đầu năm 2026 (từ ngày 15/12/2025 đến ngày 14/6/2026)',
  );
  expect(r.stdout).toContain('Hồ sơ tiếp nhận: 347.543');
  expect(readdirSync(join(out, 'lao-cai-2026-h1'))).toContain('bao-cao.docx');
});

test('build --cac-quy with a quarter missing: exit 1, the quarter named, nothing written', () => {
  const out = temp();
  const quarters = ['q1', 'q2', 'q4'].map((q) => at(`lao-cai-2026-${q}`));
  const r = tthc('build', '--data', at('lao-cai-2026'), '--cac-quy', ...quarters, '--out', out);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('[PARTS_GAP]');
  expect(r.stderr).toContain('thiếu Quý III năm 2026');
  expect(existsSync(join(out, 'lao-cai-2026'))).toBe(false);
});

test('--dien-tu-ky-truoc without --ky-truoc is a usage error, said in Vietnamese', () => {
  const r = tthc('validate', '--data', at('lao-cai-2026-q2'), '--dien-tu-ky-truoc');
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('--dien-tu-ky-truoc cần --ky-truoc');
});
