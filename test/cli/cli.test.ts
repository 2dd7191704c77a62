import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { projectRoot } from '../../src/tools/project-root';
import { SAMPLE_766, SAMPLE_Q1 } from '../helpers/load-sample';

// Runs the compiled CLI as a user would (npm test builds it first, see "pretest").
const MAIN = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');
const tthc = (...args: string[]) => spawnSync('node', [MAIN, ...args], { encoding: 'utf8' });
const temp = () => mkdtempSync(join(tmpdir(), 'tthc-cli-'));

test('the CLI has been built', () => expect(existsSync(MAIN)).toBe(true));

test('--version prints the version of package.json', () => {
  const r = tthc('--version');
  expect(r.status).toBe(0);
  const { version } = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8'));
  expect(version).toMatch(/^\d+\.\d+\.\d+/);
  expect(r.stdout.trim()).toBe(version);
});

test('validate on the sample: no errors, exit 0', () => {
  const r = tthc('validate', '--data', SAMPLE_Q1);
  expect(r.status).toBe(0);
  expect(r.stderr).not.toContain('LỖI');
});

test('validate on the 766 sample: exit 0 with the 82,16 / 82,19 warning', () => {
  const r = tthc('validate', '--data', SAMPLE_766);
  expect(r.status).toBe(0);
  expect(r.stderr).toMatch(
    /CẢNH BÁO \[TOTAL_SCORE_MISMATCH\] ChiSo766\.csv, dòng \d+, cột tong_diem: .*82,16.*82,19/,
  );
});

test('validate on a broken cell: exit 1, the message names file, row and column', () => {
  const dir = temp();
  cpSync(SAMPLE_Q1, dir, { recursive: true });
  const file = join(dir, 'HoSo.csv');
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0]!.split(',');
  const col = header.indexOf('tiep_nhan_truc_tuyen');
  const cells = lines[4]!.split(',');
  cells[col] = 'mười';
  lines[4] = cells.join(',');
  writeFileSync(file, lines.join('\n'));
  const r = tthc('validate', '--data', dir);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('LỖI [NOT_A_NUMBER] HoSo.csv, dòng 5, cột tiep_nhan_truc_tuyen');
});

test('build writes model.json into a folder named after province and period', () => {
  const out = temp();
  const r = tthc('build', '--data', SAMPLE_Q1, '--out', out);
  expect(r.status).toBe(0);
  const model = JSON.parse(readFileSync(join(out, 'lao-cai-2026-q1', 'model.json'), 'utf8'));
  expect(model.dossiers.province.received).toBe(176319);
  expect(readFileSync(join(out, 'lao-cai-2026-q1', 'tom-tat.txt'), 'utf8')).toContain('176.319');
  expect(existsSync(join(out, 'lao-cai-2026-q1', 'bieu-mau.xlsx'))).toBe(true);
});

test('build twice gives byte-identical files; without --force it refuses to overwrite', () => {
  const out = temp();
  expect(tthc('build', '--data', SAMPLE_766, '--out', out).status).toBe(0);
  const first = readFileSync(join(out, 'lao-cai-2025-q3', 'model.json'));
  const again = tthc('build', '--data', SAMPLE_766, '--out', out);
  expect(again.status).toBe(2);
  expect(again.stderr).toContain('--force');
  expect(tthc('build', '--data', SAMPLE_766, '--out', out, '--force').status).toBe(0);
  expect(readFileSync(join(out, 'lao-cai-2025-q3', 'model.json')).equals(first)).toBe(true);
  for (const name of [
    'cong-van-766.docx',
    'xep-hang-766.docx',
    'xep-hang-766.xlsx',
    'chi-tieu-don-vi.docx',
    'chi-tieu-don-vi.xlsx',
  ])
    expect(existsSync(join(out, 'lao-cai-2025-q3', name))).toBe(true);
});

test('the quarterly package: report, annex, forms; two builds are equal byte for byte', () => {
  const [a, b] = [temp(), temp()];
  const r = tthc('build', '--data', SAMPLE_Q1, '--out', a);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain(
    'bao-cao.docx, phu-luc-bieu-mau.docx, bieu-mau.xlsx, model.json, tom-tat.txt',
  );
  expect(r.stderr).toContain('Đang đọc lại các tệp vừa ghi');
  expect(tthc('build', '--data', SAMPLE_Q1, '--out', b).status).toBe(0);
  for (const name of ['bao-cao.docx', 'phu-luc-bieu-mau.docx', 'bieu-mau.xlsx', 'model.json']) {
    const file = (dir: string) => readFileSync(join(dir, 'lao-cai-2026-q1', name));
    expect([name, file(a).equals(file(b))]).toEqual([name, true]);
  }
});

test('build without the content file: exit 1, the message says which file, nothing written', () => {
  const dir = temp();
  cpSync(SAMPLE_Q1, dir, { recursive: true });
  rmSync(join(dir, 'noi-dung.md'));
  const out = temp();
  const r = tthc('build', '--data', dir, '--out', out);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(`LỖI [CONTENT_FILE_MISSING] ${join(dir, 'noi-dung.md')}`);
  expect(existsSync(join(out, 'lao-cai-2026-q1'))).toBe(false);
});

test('build with --noi-dung and --mau: another content file and template are read', () => {
  const dir = temp();
  writeFileSync(
    join(dir, 'khac.md'),
    readFileSync(join(SAMPLE_Q1, 'noi-dung.md'), 'utf8').replace(
      '## kien_nghi\n',
      '## kien_nghi\nKiến nghị riêng của kỳ này.\n',
    ),
  );
  const out = temp();
  const r = tthc('build', '--data', SAMPLE_Q1, '--out', out, '--noi-dung', join(dir, 'khac.md'));
  expect(r.status).toBe(0);
  const xml = new PizZip(readFileSync(join(out, 'lao-cai-2026-q1', 'bao-cao.docx')));
  expect(xml.file('word/document.xml')!.asText()).toContain('Kiến nghị riêng của kỳ này.');
  const bad = tthc(
    'build',
    '--data',
    SAMPLE_Q1,
    '--out',
    temp(),
    '--mau',
    join(dir, 'khong-co.docx'),
  );
  expect(bad.status).toBe(1);
  expect(bad.stderr).toContain('TEMPLATE_NOT_FOUND');
});

test('build on bad data: exit 1 and nothing written', () => {
  const dir = temp();
  cpSync(SAMPLE_Q1, dir, { recursive: true });
  writeFileSync(join(dir, 'DonVi.csv'), 'ma_don_vi,loai,ten\nX,khong_biet,Sở X\n');
  const out = temp();
  const r = tthc('build', '--data', dir, '--out', out);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('INVALID_CHOICE');
  expect(existsSync(join(out, 'lao-cai-2026-q1'))).toBe(false);
});

test('wrong usage exits 2 with a Vietnamese message', () => {
  const r = tthc('validate');
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('Thiếu tham số bắt buộc: data');
  expect(tthc('frobnicate').status).toBe(2);
});

describe('arguments an official cannot have meant (issue 20): usage errors, exit 2', () => {
  test('--data given twice: said so, not INPUT_NOT_FOUND "a,b"', () => {
    const r = tthc('validate', '--data', SAMPLE_Q1, '--data', SAMPLE_766);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Tham số --data được cho 2 lần');
    expect(r.stderr).not.toContain('INPUT_NOT_FOUND');
  });

  test("--out '' is not the current folder", () => {
    const dir = temp();
    const r = spawnSync('node', [MAIN, 'build', '--data', SAMPLE_Q1, '--out', ''], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Tham số --out để trống');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('an escape sequence or a bell in an argument is shown, never sent to the terminal', () => {
    for (const args of [
      ['validate', '--data', 'a\u001b[2Jb\u0007'],
      ['valdate\u001b[31m'],
      ['build', '--data', SAMPLE_Q1, '--x\u0007'],
    ]) {
      const r = tthc(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/<U\+00(1B|07)>/);
      // eslint-disable-next-line no-control-regex
      expect(r.stderr + r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    }
  });
});

test('init --province 12 --period 2026-Q2 lists the 38 communes of Lai Châu', () => {
  const out = join(temp(), 'x');
  const r = tthc('init', '--province', '12', '--period', '2026-Q2', '--out', out);
  expect(r.status).toBe(0);
  const units = readFileSync(join(out, 'DonVi.csv'), 'utf8').trim().split('\n');
  expect(units).toHaveLength(1 + 38);
  expect(existsSync(join(out, 'du-lieu-lai-chau-2026-q2.xlsx'))).toBe(true);
  expect(tthc('validate', '--data', join(out, 'du-lieu-lai-chau-2026-q2.xlsx')).status).toBe(1);
});

test('letter: writes the công văn, refuses to overwrite without --force, reports a bad frame', () => {
  const out = temp();
  const file = join(projectRoot(), 'data', 'cong-van', '004-thuc-day-dvc-truc-tuyen.md');
  const r = tthc('letter', file, '--out', out);
  expect(r.status).toBe(0);
  const docx = join(out, '004-thuc-day-dvc-truc-tuyen.docx');
  const first = readFileSync(docx);
  expect(tthc('letter', file, '--out', out).status).toBe(2);
  expect(tthc('letter', file, '--out', out, '--force').status).toBe(0);
  expect(readFileSync(docx).equals(first)).toBe(true);
  const bad = join(temp(), 'cv.md');
  writeFileSync(bad, readFileSync(file, 'utf8').replace(/^trich_yeu: .*$/m, ''));
  const b = tthc('letter', bad, '--out', out);
  expect(b.status).toBe(1);
  expect(b.stderr).toContain('LỖI [LETTER_FIELD]');
  expect(b.stderr).toContain('trich_yeu');
});

test('letter --data: the index-766 letter takes its paragraph and footnotes from the dataset', () => {
  const out = temp();
  const file = join(SAMPLE_766, 'cong-van.md');
  const without = tthc('letter', file, '--out', out);
  expect(without.status).toBe(1);
  expect(without.stderr).toContain('CONTENT_PLACEHOLDER_UNKNOWN');
  const r = tthc('letter', file, '--data', SAMPLE_766, '--out', out);
  expect(r.status).toBe(0);
  const xml = new PizZip(readFileSync(join(out, 'cong-van.docx')));
  expect(xml.file('word/document.xml')!.asText()).toContain('xếp thứ 15/34 tỉnh, thành phố');
  expect(xml.file('word/footnotes.xml')!.asText()).toContain('Tằng Loỏng (xếp thứ 97)');
});
