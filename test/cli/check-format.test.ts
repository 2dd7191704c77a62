import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { projectRoot } from '../../src/tools/project-root';
import { bundledReportTemplate } from '../../src/ingest/report-template-file';
import { SAMPLE_Q1 } from '../helpers/load-sample';

// The compiled CLI, run as a user would (npm test builds it first).
const MAIN = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');
const tthc = (...args: string[]) => spawnSync('node', [MAIN, ...args], { encoding: 'utf8' });
const temp = () => mkdtempSync(join(tmpdir(), 'tthc-format-'));

/** A copy of a .docx with one edit in one part. */
function edited(from: string, to: string, part: string, find: string | RegExp, put: string): void {
  const zip = new PizZip(readFileSync(from));
  const xml = zip.file(part)!.asText();
  expect(xml).toMatch(find);
  zip.file(part, xml.replace(find, put));
  writeFileSync(to, zip.generate({ type: 'nodebuffer' }));
}

let built: string;
beforeAll(() => {
  const out = temp();
  expect(tthc('build', '--data', SAMPLE_Q1, '--out', out).status).toBe(0);
  built = join(out, 'lao-cai-2026-q1');
});

test('check-format on the built report and annex: each named with its kind, exit 0', () => {
  const r = tthc('check-format', join(built, 'bao-cao.docx'), join(built, 'phu-luc-bieu-mau.docx'));
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('bao-cao.docx: báo cáo, đúng thể thức Nghị định 30/2020.');
  expect(r.stdout).toContain('phu-luc-bieu-mau.docx: phụ lục, đúng thể thức Nghị định 30/2020.');
  expect(r.stderr).toBe('');
});

test('deviations and unreadable files are listed with file and place; exit 1', () => {
  const dir = temp();
  const broken = join(dir, 'sai.docx');
  edited(join(built, 'bao-cao.docx'), broken, 'word/document.xml', 'CỘNG HÒA', 'CỘNG HOÀ');
  const text = join(dir, 'ghi-chu.docx');
  writeFileSync(text, 'không phải docx');
  const r = tthc('check-format', broken, text, join(dir, 'khong-co.docx'));
  expect(r.status).toBe(1);
  expect(r.stdout).toContain('sai.docx: báo cáo, 1 sai lệch so với Nghị định 30/2020.');
  expect(r.stdout).toContain('ghi-chu.docx: không đọc được.');
  expect(r.stderr).toContain(
    `LỖI [FORMAT_QUOC_HIEU] ${broken}, word/document.xml, đoạn 4 («CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM»): Quốc hiệu: viết "CỘNG HOÀ`,
  );
  expect(r.stderr).toContain(`LỖI [FORMAT_UNREADABLE] ${text}: `);
  expect(r.stderr).toContain(`LỖI [FORMAT_UNREADABLE] ${join(dir, 'khong-co.docx')}: `);
  expect(r.stderr).toContain('Tổng cộng: 3 lỗi, 0 cảnh báo.');
});

test('check-format without a file is a usage error, exit 2', () => {
  const r = tthc('check-format');
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('Thiếu tham số');
});

test('build with a template in Arial fails on the format check and writes nothing', () => {
  const dir = temp();
  const template = join(dir, 'mau-arial.docx');
  edited(bundledReportTemplate(), template, 'word/styles.xml', /Times New Roman/g, 'Arial');
  const out = join(dir, 'out');
  const r = tthc('build', '--data', SAMPLE_Q1, '--out', out, '--mau', template);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(
    /LỖI \[FORMAT_FONT\] bao-cao\.docx, word\/document\.xml, đoạn 1 .*"Arial"/,
  );
  expect(r.stderr).not.toContain('phu-luc-bieu-mau.docx');
  expect(r.stderr).toContain('không có tệp nào được ghi');
  expect(existsSync(join(out, 'lao-cai-2026-q1'))).toBe(false);
});

test('letter reports that the công văn it wrote was checked against Nghị định 30/2020', () => {
  const out = temp();
  const file = join(projectRoot(), 'data', 'cong-van', '001-nang-cao-hieu-qua-giai-quyet-tthc.md');
  const r = tthc('letter', file, '--out', out);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('Các văn bản Word đúng thể thức Nghị định 30/2020');
  const check = tthc('check-format', join(out, '001-nang-cao-hieu-qua-giai-quyet-tthc.docx'));
  expect(check.stdout).toContain(': công văn, đúng thể thức');
});
