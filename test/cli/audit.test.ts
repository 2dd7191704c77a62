import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/tools/project-root';
import { generatedDrafts, type Generated } from '../helpers/generated-drafts';
import { SAMPLE_Q1 } from '../helpers/load-sample';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';
import { ratioBomb } from '../helpers/large-inputs';

// Runs the compiled CLI as a user would (npm test builds it first, see "pretest").
const MAIN = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');
const tthc = (...args: string[]) => spawnSync('node', [MAIN, ...args], { encoding: 'utf8' });
const SEED_000 = join(projectRoot(), 'test', 'golden', 'seeds', '000_f3ba33d6e2cc4de2.txt');

let dir: string;
let docs: Generated[];
const file = (name: string) => {
  const doc = docs.find((d) => d.name === name)!;
  const path = join(dir, name);
  writeFileSync(path, doc.bytes);
  return path;
};
beforeAll(async () => {
  dir = tempFolder('tthc-cli-audit-');
  docs = await generatedDrafts();
});
afterAll(removeTempFolders);

test('audit of a generated report with its data: exit 0, "no problem"', () => {
  const r = tthc('audit', file('bao-cao-lao-cai-q1.docx'), '--data', SAMPLE_Q1);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('Không thấy vấn đề nào');
});

test('audit of the 766 letter alone: exit 0 on a warning, with its place', () => {
  const r = tthc('audit', file('cong-van-766.docx'));
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(
    /^CẢNH BÁO \[AUDIT_SCORE_SUM_ROUNDING\] cong-van-766\.docx, đoạn 15, câu 1: Tổng điểm 82,16 .*82,19/m,
  );
  // And the four slips of typing of seed 000, which the letter reproduces word for word.
  expect(r.stdout).toContain(
    '[AUDIT_WORD_DOUBLED] cong-van-766.docx, đoạn 35, câu 1: «kết quả kết quả»',
  );
  expect(r.stdout).toContain('Tổng cộng: 0 lỗi, 5 cảnh báo.');
});

test('audit of seed 000: exit 1 (misspelt commune), the 82,16 / 82,19 warning listed', () => {
  const r = tthc('audit', SEED_000);
  expect(r.status).toBe(1);
  expect(r.stdout).toContain(
    'CẢNH BÁO [AUDIT_SCORE_SUM_ROUNDING] 000_f3ba33d6e2cc4de2.txt, đoạn 12, câu 1',
  );
  expect(r.stdout).toContain('LỖI [AUDIT_UNIT_MISSPELT] 000_f3ba33d6e2cc4de2.txt, chú thích 1');
});

test('--json: the findings as JSON on stdout, same exit code', () => {
  const r = tthc('audit', SEED_000, '--json');
  expect(r.status).toBe(1);
  const report = JSON.parse(r.stdout);
  // 2 misspelt communes; the rounding, 7 agencies' capitals and 4 slips of typing (docs/audit.md).
  expect(report).toMatchObject({ audited: true, errors: 2, warnings: 12, data: null });
  expect(report.findings[0]).toEqual({
    code: 'AUDIT_SCORE_SUM_ROUNDING',
    severity: 'warning',
    message: expect.stringContaining('82,19'),
    location: { file: '000_f3ba33d6e2cc4de2.txt', paragraph: 12, sentence: 1 },
  });
});

test('a missing file: exit 1 and a clear message; no file at all: usage error, exit 2', () => {
  const missing = tthc('audit', join(dir, 'khong-co.docx'));
  expect(missing.status).toBe(1);
  expect(missing.stderr).toContain('LỖI [AUDIT_FILE_MISSING]');
  const usage = tthc('audit');
  expect(usage.status).toBe(2);
  expect(usage.stderr).toContain('Thiếu tham số');
});

test('a dataset with errors: exit 1, the data errors, nothing compared', () => {
  const data = tempFolder('tthc-cli-audit-data-');
  cpSync(SAMPLE_Q1, data, { recursive: true });
  writeFileSync(join(data, 'DonVi.csv'), 'ma_don_vi,loai\n');
  const r = tthc('audit', file('bao-cao-lao-cai-q1.docx'), '--data', data);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('LỖI [');
  expect(r.stderr).toContain('Không đối chiếu được văn bản với dữ liệu');
  expect(r.stdout).toBe('');
});

test('a text in another encoding than UTF-8, a Word zip bomb: exit 1, the reason and the place', () => {
  const legacy = join(dir, 'cu.txt');
  writeFileSync(legacy, Buffer.from('54f4692063f320332048ea20686fe163680a', 'hex'));
  const r = tthc('audit', legacy);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('LỖI [AUDIT_FILE_ENCODING] cu.txt, dòng 1: ');
  const bomb = join(dir, 'bom.docx');
  writeFileSync(bomb, ratioBomb(docs.find((d) => d.name === 'cong-van-766.docx')!.bytes));
  const b = tthc('audit', bomb);
  expect(b.status).toBe(1);
  expect(b.stderr).toContain('LỖI [DOCX_LIMIT] bom.docx: ');
  const f = tthc('check-format', bomb);
  expect(f.status).toBe(1);
  expect(f.stdout).toContain('bom.docx: không đọc được.');
  expect(f.stderr).toContain('zip bomb');
});
