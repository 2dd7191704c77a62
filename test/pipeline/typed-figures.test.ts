// Issue 13, point 5: figures typed by hand in a content file or a letter are checked against
// the data like a draft under `tthc audit`; the build says how many figures came from the data,
// how many typed ones were compared, and lists the typed numbers nobody could compare.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/tools/project-root';
import { copySample, removeTempFolders, tempFolder } from '../helpers/sample-copy';

afterAll(removeTempFolders);

const MAIN = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');
const tthc = (...args: string[]) => spawnSync('node', [MAIN, ...args], { encoding: 'utf8' });

/** Appends a line to a section of a content file; returns its line number. */
function addLine(file: string, after: string, line: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith(after)) + 1;
  expect(at).toBeGreaterThan(0);
  lines.splice(at, 0, line);
  writeFileSync(file, lines.join('\n'));
  return at + 1;
}

test('a typed figure of the report that is not the data’s stops validate and build at its line', () => {
  const dir = copySample('q1');
  const line = addLine(
    join(dir, 'noi-dung.md'),
    '## giai_quyet_khac',
    '- Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ là 176.318 hồ sơ.',
  );
  const out = tempFolder();
  for (const r of [tthc('validate', '--data', dir), tthc('build', '--data', dir, '--out', out)]) {
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `LỖI [CONTENT_FIGURE_MISMATCH] ${join(dir, 'noi-dung.md')}, dòng ${line}: Số liệu gõ tay không khớp dữ liệu: "đã tiếp nhận trong kỳ là 176.318 hồ sơ" — số hồ sơ tiếp nhận theo dữ liệu là 176.319, không phải 176.318. Sửa số, hoặc dùng {{hs_tiep_nhan}} để lấy từ dữ liệu.`,
    );
  }
  expect(readdirSync(out)).toEqual([]);
}, 60_000);

// The sample's form 05b: 61 PAKN handled, all 61 published. A rate typed beside the words that
// name it goes through the same comparison as a count.
test('a rate typed by hand that is not the data’s stops validate at its line', () => {
  const dir = copySample('q1');
  const line = addLine(
    join(dir, 'noi-dung.md'),
    '## pakn_noi_dung',
    '- 90% PAKN đã xử lý được công khai trên Cổng Dịch vụ công quốc gia.',
  );
  const r = tthc('validate', '--data', dir);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(
    `LỖI [CONTENT_FIGURE_MISMATCH] ${join(dir, 'noi-dung.md')}, dòng ${line}: Số liệu gõ tay không khớp dữ liệu: "90% PAKN đã xử lý được công khai" — tỷ lệ PAKN đã xử lý được công khai theo dữ liệu là 100%, không phải 90%. Sửa số, hoặc dùng {{pakn_ty_le_cong_khai}} để lấy từ dữ liệu.`,
  );
}, 60_000);

test('a letter typing the score and rank the data does not give is refused at its line', () => {
  const dir = copySample('766');
  const line = addLine(
    join(dir, 'cong-van.md'),
    '{{thong_ke_766}}',
    'Như vậy, tỉnh Lào Cai đạt 83,16 điểm và xếp thứ 14/34 tỉnh, thành phố.',
  );
  const r = tthc('build', '--data', dir, '--out', tempFolder());
  expect(r.status).toBe(1);
  const found = r.stderr.split('\n').filter((l) => l.includes('CONTENT_FIGURE_MISMATCH'));
  expect(found).toEqual([
    expect.stringMatching(
      new RegExp(
        `cong-van\\.md, dòng ${line}: .*tổng điểm Chỉ số 766 của tỉnh theo dữ liệu là 82,16, không phải 83,16`,
      ),
    ),
    expect.stringMatching(
      new RegExp(
        `cong-van\\.md, dòng ${line}: .*thứ hạng của tỉnh theo dữ liệu là 15, không phải 14`,
      ),
    ),
  ]);
}, 60_000);

test('the closing lines count the figures read back, the typed ones compared, and list the others', () => {
  const dir = copySample('q1');
  const line = addLine(
    join(dir, 'noi-dung.md'),
    '## giai_quyet_khac',
    '- Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ là 176.319 hồ sơ.',
  );
  const r = tthc('build', '--data', dir, '--out', tempFolder());
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/Đã đọc lại các tệp: [\d.]+ số liệu, ô bảng và đoạn văn lấy từ dữ liệu/);
  // Six placeholders of figures in the sample's sections ({{tthc_tw}}, {{tthc_tw_tinh}}, …),
  // counted by hand in data/lao-cai-2026-q1/noi-dung.md; the typed line above is the one
  // compared.
  expect(r.stdout).toContain(
    'Lời văn gõ tay: 6 số liệu chèn từ dữ liệu; 1 số liệu gõ tay đã đối chiếu với dữ liệu và khớp.',
  );
  // The typed numbers without a figure of the data to compare with: "100%" of the offices, the
  // 19 resolutions, the centre's leaders… (listed by hand from the file: 16).
  expect(r.stdout).toContain('16 con số gõ tay chưa đối chiếu được với dữ liệu');
  expect(r.stdout).toContain(`noi-dung.md, dòng 21: "100% Quyết định công bố"`);
  expect(r.stdout).not.toContain(`dòng ${line}:`);
  expect(r.stdout).not.toContain('Mọi số liệu trong các tệp đã được đọc lại');
}, 60_000);

test('a number that names a document or a level is not listed as an unchecked figure', () => {
  const r = tthc('validate', '--data', join(projectRoot(), 'data', 'lao-cai-766-2025-08'));
  expect(r.status).toBe(0);
  // data/lao-cai-766-2025-08/cong-van.md, read by hand: "Quyết định 766" twice (lines 77, 81)
  // and "VNeID mức độ 2" (line 75) name things; the five left are its targets and its rule
  // ("đảm bảo 100%" three times, "100% kết quả", "quá 01 lần").
  expect(r.stdout).toContain('5 con số gõ tay chưa đối chiếu được với dữ liệu');
  expect(r.stdout).not.toMatch(/Quyết định 766"|mức độ 2"/);
  expect(r.stdout).toContain(`cong-van.md, dòng 51: "nghiệp hoàn thiện hồ sơ quá 01 lần"`);
}, 60_000);
