// A rate whose denominator is zero (no PAKN received this period) cannot be written: the
// documents would print a blank in the sentence ("đạt ."). The report's own template keeps such
// rates under conditions (co_pakn…); a line of the content file is checked as it is printed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/tools/project-root';
import { copySample, removeTempFolders, tempFolder } from '../helpers/sample-copy';

afterAll(removeTempFolders);

const MAIN = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');
const tthc = (...args: string[]) => spawnSync('node', [MAIN, ...args], { encoding: 'utf8' });

/** The sample with no PAKN this period and a content line printing the published share. */
function sampleWithoutFeedback(): { dir: string; line: number } {
  const dir = copySample('q1');
  const pakn = join(dir, 'PAKN.csv');
  writeFileSync(pakn, readFileSync(pakn, 'utf8').split('\n')[0] + '\n');
  const content = join(dir, 'noi-dung.md');
  const lines = readFileSync(content, 'utf8').split('\n');
  const at = lines.indexOf('## pakn_noi_dung') + 1;
  lines.splice(at, 0, '- Tỷ lệ PAKN đã xử lý được công khai đạt {{pakn_ty_le_cong_khai}}.');
  writeFileSync(content, lines.join('\n'));
  return { dir, line: at + 1 };
}

test('a content line printing a rate of nothing is an error at its line; nothing is written', () => {
  const { dir, line } = sampleWithoutFeedback();
  const out = tempFolder();
  const build = tthc('build', '--data', dir, '--out', join(out, 'x'));
  expect(build.status).toBe(1);
  expect(existsSync(join(out, 'x'))).toBe(false);
  expect(build.stdout + build.stderr).toContain(
    `LỖI [FIGURE_RATE_OF_NOTHING] ${join(dir, 'noi-dung.md')}, dòng ${line}: Văn bản in tỷ lệ {{pakn_ty_le_cong_khai}} (tỷ lệ PAKN đã xử lý được công khai)`,
  );
});

test('the same line under a condition that leaves it out builds', () => {
  const { dir, line } = sampleWithoutFeedback();
  const content = join(dir, 'noi-dung.md');
  const lines = readFileSync(content, 'utf8').split('\n');
  lines[line - 1] = `{{#if co_pakn}}${lines[line - 1]}{{/if}}`;
  writeFileSync(content, lines.join('\n'));
  const validate = tthc('validate', '--data', dir);
  expect(validate.stdout + validate.stderr).not.toContain('FIGURE_RATE_OF_NOTHING');
  expect(validate.status).toBe(0);
});
