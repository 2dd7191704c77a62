// Issue 19, points 1 and 2: a command loads only what it uses. The CLI's command table is run
// in a fresh process (as the worker thread runs it) and the modules it loaded are listed at exit.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/tools/project-root';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';

afterAll(removeTempFolders);

const ROOT = projectRoot();
const CLI = join(ROOT, 'dist', 'src', 'cli', 'cli.js');
const SAMPLE_CSV = join(ROOT, 'data', 'lao-cai-2026-q1');

/** The files that `tthc <args>` loaded, as full paths. */
function loaded(...args: string[]): string[] {
  const script = `
    process.argv = ['node', 'tthc', ...${JSON.stringify(args)}];
    process.on('exit', () => {
      const files = Object.keys(require.cache);
      require('node:fs').writeSync(3, JSON.stringify(files));
    });
    require(${JSON.stringify(CLI)}).runCli();`;
  const r = spawnSync('node', ['-e', script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  expect(r.status).toBe(0);
  return JSON.parse(r.output[3] as string) as string[];
}

const commandModules = (files: string[]) =>
  files.filter((f) => f.includes('/dist/src/cli/commands/')).map((f) => f.split('/').pop());
const fromExceljs = (files: string[]) =>
  files.flatMap((f) => f.split('/node_modules/exceljs/').slice(1));

test('--version loads no command and no document library', () => {
  const files = loaded('--version');
  expect(commandModules(files)).toEqual([]);
  expect(fromExceljs(files)).toEqual([]);
  expect(files.filter((f) => /node_modules\/(docxtemplater|pizzip|pdf-lib)\//.test(f))).toEqual([]);
});

test('validate of a CSV folder loads its own command only, and no exceljs', () => {
  const files = loaded('validate', '--data', SAMPLE_CSV);
  expect(commandModules(files)).toEqual(['validate.js']);
  expect(fromExceljs(files)).toEqual([]);
});

test('build loads exceljs as its one prebuilt file, not the package of some 660 modules', () => {
  const out = tempFolder();
  const files = loaded('build', '--data', SAMPLE_CSV, '--out', out);
  // build-run.js holds the work, loaded once LibreOffice is started for --pdf.
  expect(commandModules(files)).toEqual(['build.js', 'build-run.js']);
  expect(fromExceljs(files)).toEqual(['dist/exceljs.bare.min.js']);
});

test('help without a command lists every command', () => {
  const files = loaded('--help');
  expect(commandModules(files).sort()).toEqual([
    'audit.js',
    'batch.js',
    'build.js',
    'check-format.js',
    'import-766.js',
    'init.js',
    'letter.js',
    'serve.js',
    'validate.js',
  ]);
});

test('import-766 loads its own command only, and no exceljs', () => {
  const out = tempFolder();
  const files = loaded(
    'import-766',
    join(ROOT, 'test', 'fixtures', 'portal-766', 'phu-tho-2026-q3'),
    '--province',
    '25',
    '--as-of',
    '2026-09-26',
    '--out',
    out,
  );
  expect(commandModules(files)).toEqual(['import-766.js']);
  expect(fromExceljs(files)).toEqual([]);
});
