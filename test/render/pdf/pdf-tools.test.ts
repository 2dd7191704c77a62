import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPdfTools, findProgram } from '../../../src/render/pdf/pdf-tools';

const dir = mkdtempSync(join(tmpdir(), 'tthc-tools-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a program is looked up on the PATH, and only executable files count', () => {
  const tool = join(dir, 'soffice');
  writeFileSync(tool, '#!/bin/sh\n');
  expect(findProgram('soffice', dir)).toBeNull();
  chmodSync(tool, 0o755);
  expect(findProgram('soffice', `/no/such/dir:${dir}`)).toBe(tool);
  expect(findProgram('soffice', '/no/such/dir')).toBeNull();
  expect(findProgram(tool, '')).toBe(tool);
  expect(findProgram(join(dir, 'libreoffice'), dir)).toBeNull();
});

test('without LibreOffice, --pdf is refused in Vietnamese with the command that installs it', () => {
  const issues = checkPdfTools(join(dir, 'no-soffice'));
  const missing = issues.find((i) => i.code === 'SOFFICE_MISSING');
  expect(missing?.severity).toBe('error');
  expect(missing?.message).toContain('Không tìm thấy LibreOffice');
  expect(missing?.message).toContain(
    'sudo apt-get install libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2',
  );
});

const converterIssues = (env: NodeJS.ProcessEnv) =>
  checkPdfTools(join(dir, 'no-soffice'), env)
    .filter((i) => i.code.startsWith('PDF_CONVERTER') || i.code === 'PDF_WARM_UNAVAILABLE')
    .map((i) => [i.code, i.severity]);

test('TTHC_PDF_CONVERTER: cold, warm or unset; another value is an error before anything is done', () => {
  expect(converterIssues({})).toEqual([]);
  expect(converterIssues({ TTHC_PDF_CONVERTER: 'cold' })).toEqual([]);
  // A Python that "imports uno" (a stand-in exiting 0): nothing to say.
  const python = join(dir, 'python-with-uno');
  writeFileSync(python, '#!/bin/sh\nexit 0\n');
  chmodSync(python, 0o755);
  expect(converterIssues({ TTHC_PDF_CONVERTER: 'Warm', TTHC_PYTHON: python })).toEqual([]);
  expect(converterIssues({ TTHC_PDF_CONVERTER: 'nhanh' })).toEqual([
    ['PDF_CONVERTER_UNKNOWN', 'error'],
  ]);
});

test('TTHC_PDF_CONVERTER=warm without a Python that imports uno: a warning, the build goes on cold', () => {
  const python = join(dir, 'python-without-uno');
  writeFileSync(
    python,
    `#!/bin/sh\necho "ModuleNotFoundError: No module named 'uno'" >&2; exit 1\n`,
  );
  chmodSync(python, 0o755);
  const env = { TTHC_PDF_CONVERTER: 'warm', TTHC_PYTHON: python };
  expect(converterIssues(env)).toEqual([['PDF_WARM_UNAVAILABLE', 'warning']]);
  const [warning] = checkPdfTools(join(dir, 'no-soffice'), env).filter(
    (i) => i.code === 'PDF_WARM_UNAVAILABLE',
  );
  expect(warning?.message).toBe(
    "Không khởi động được LibreOffice chạy sẵn (ModuleNotFoundError: No module named 'uno'); các tệp được chuyển sang PDF theo cách thường, mỗi lần chạy một LibreOffice mới (chậm hơn). LibreOffice chạy sẵn cần gói python3-uno: sudo apt-get install python3-uno",
  );
  expect(converterIssues({ ...env, TTHC_PYTHON: join(dir, 'no-python') })).toEqual([
    ['PDF_WARM_UNAVAILABLE', 'warning'],
  ]);
});
