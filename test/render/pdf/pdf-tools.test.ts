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
