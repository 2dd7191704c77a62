// Issue 13, point 3: `tthc validate` reports every problem `tthc build` would report about the
// inputs, with the same codes and places, and writes nothing. The case of the issue (a SoLieu
// field the report prints, deleted) through the real CLI; then every case of the bad-input corpus
// in this process, the issue lines of both commands compared.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild } from '../../src/cli/commands/build';
import { validateCommand, type ValidateArgs } from '../../src/cli/commands/validate';
import { projectRoot } from '../../src/tools/project-root';
import { CORPUS, prepareCase } from '../helpers/bad-input-corpus';
import { copySample, removeTempFolders, tempFolder } from '../helpers/sample-copy';

afterAll(removeTempFolders);

const MAIN = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');
const tthc = (...args: string[]) => spawnSync('node', [MAIN, ...args], { encoding: 'utf8' });
/** The issue lines a command printed: "LỖI [CODE] place: message", "CẢNH BÁO […] …". */
const issueLines = (text: string) => text.split('\n').filter((l) => /^(LỖI|CẢNH BÁO) \[/.test(l));

test('a SoLieu field the report prints, deleted: validate fails as build does, at the field', () => {
  const dir = copySample('q1');
  const file = join(dir, 'SoLieu.csv');
  const lines = readFileSync(file, 'utf8').split('\n');
  expect(lines.some((l) => l.startsWith('tthc_lien_thong_cung_cap,'))).toBe(true);
  writeFileSync(file, lines.filter((l) => !l.startsWith('tthc_lien_thong_cung_cap,')).join('\n'));
  const validate = tthc('validate', '--data', dir);
  const out = tempFolder();
  const build = tthc('build', '--data', dir, '--out', out);
  expect([validate.status, build.status]).toEqual([1, 1]);
  const expected =
    'LỖI [REPORT_FIGURE_MISSING] SoLieu, tthc_lien_thong_cung_cap: Báo cáo cần số liệu "tthc_lien_thong_cung_cap" (bảng SoLieu) nhưng dữ liệu chưa có.';
  expect(issueLines(validate.stderr)).toEqual([expected]);
  expect(issueLines(build.stderr)).toEqual([expected]);
  expect(validate.stdout).not.toContain('Dữ liệu hợp lệ');
  expect(readdirSync(out)).toEqual([]);
}, 60_000);

/** Runs a command in this process and returns what it printed on stderr and stdout. */
async function captured(run: () => Promise<unknown>): Promise<string> {
  const printed: string[] = [];
  const { log, error } = console;
  console.log = console.error = (...args: unknown[]) => void printed.push(args.join(' '));
  try {
    await run();
  } finally {
    Object.assign(console, { log, error });
  }
  return printed.join('\n');
}

describe('every case of the bad-input corpus: validate prints the issues build prints', () => {
  test.each(CORPUS)(
    '$name',
    async (c) => {
      const data = prepareCase(c);
      const args = { data, ...c.asked };
      const validated = await captured(async () =>
        validateCommand.handler!(
          args as unknown as Parameters<NonNullable<typeof validateCommand.handler>>[0] &
            ValidateArgs,
        ),
      );
      const out = tempFolder('tthc-corpus-out-');
      const built = await captured(() => runBuild({ ...args, out, force: false }));
      expect(issueLines(validated)).toEqual(issueLines(built));
      // And validate writes nothing, wherever build would.
      expect(existsSync(join(data, 'model.json'))).toBe(false);
      // The corpus holds inputs of 100,000 rows and 40 MB lines, read twice here.
    },
    120_000,
  );
});
