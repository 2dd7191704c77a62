import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sofficeCommand } from '../../../src/tools/programs';
import { findProgram } from '../../../src/render/pdf/pdf-tools';
import { projectRoot } from '../../../src/tools/project-root';
import { SAMPLE_H1, SAMPLE_Q1 } from '../../helpers/load-sample';
import { removeTempFolders, tempFolder } from '../../helpers/sample-copy';
import { warmTest } from '../../helpers/soffice';

// `tthc batch --pdf` with TTHC_PDF_CONVERTER unset: each worker starts one LibreOffice (through
// UNO) with its first dataset and converts every later one with it, then lets it end cleanly.

const MAIN = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');

afterAll(removeTempFolders);

warmTest('tthc batch --pdf (LibreOffice giữ sẵn)')(
  'one worker, two datasets: one LibreOffice for both, every PDF made, nothing left running or in the temporary folder',
  () => {
    const root = tempFolder('tthc-batch-pdf-root-');
    cpSync(SAMPLE_Q1, join(root, 'lao-cai'), { recursive: true });
    cpSync(SAMPLE_H1, join(root, 'lai-chau'), { recursive: true });
    const out = tempFolder('tthc-batch-pdf-out-');
    const tmp = tempFolder('tthc-batch-pdf-tmp-');
    const marks = tempFolder('tthc-batch-pdf-marks-');
    // The real LibreOffice, each start written down.
    const soffice = join(tempFolder('tthc-batch-pdf-bin-'), 'soffice');
    const real = findProgram(sofficeCommand())!;
    writeFileSync(soffice, `#!/bin/sh\necho "$$" >> ${marks}/starts\nexec ${real} "$@"\n`);
    chmodSync(soffice, 0o755);
    const env: NodeJS.ProcessEnv = { ...process.env, TTHC_SOFFICE: soffice, TMPDIR: tmp };
    delete env.TTHC_PDF_CONVERTER;
    const r = spawnSync(
      process.execPath,
      [MAIN, 'batch', '--root', root, '--out', out, '--jobs', '1', '--pdf'],
      { encoding: 'utf8', env },
    );
    expect(r.stderr).not.toContain('LỖI');
    expect(r.status).toBe(0);
    for (const [folder, parts] of [
      ['lao-cai-2026-q1', ['bao-cao.pdf', 'phu-luc-bieu-mau.pdf', 'bieu-mau.pdf', 'tron-bo.pdf']],
      ['lai-chau-2026-h1', ['bao-cao.pdf', 'phu-luc-bieu-mau.pdf', 'bieu-mau.pdf', 'tron-bo.pdf']],
    ] as const)
      for (const pdf of parts) expect(existsSync(join(out, folder, pdf))).toBe(true);
    // Started once, for the first dataset; the second was converted by the same LibreOffice.
    expect(readFileSync(join(marks, 'starts'), 'utf8').trim().split('\n')).toHaveLength(1);
    // Its profile and the worker's folder went with it when the batch ended.
    expect(readdirSync(tmp)).toEqual([]);
  },
  240_000,
);
