import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../tools/project-root';

const SYSTEM_PYTHON = '/usr/bin/python3';

/**
 * The Python that drives LibreOffice: TTHC_PYTHON, else Debian's own /usr/bin/python3, else
 * `python3` on the PATH. Debian's python3-uno installs into /usr/lib/python3/dist-packages,
 * which only the system Python reads: a pyenv or venv `python3` first on the PATH cannot
 * `import uno`.
 */
export function unoPython(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TTHC_PYTHON) return env.TTHC_PYTHON;
  return existsSync(SYSTEM_PYTHON) ? SYSTEM_PYTHON : 'python3';
}

/** The worker script, beside this file in the source tree (also when run from dist/). */
export const unoWorkerScript = (): string =>
  join(projectRoot(), 'src', 'render', 'pdf', 'converter', 'uno-worker.py');

/**
 * Why `python` cannot drive LibreOffice (missing, or without python3-uno), or null when it
 * can import uno. Starts Python once (a few tens of milliseconds), not LibreOffice.
 */
export function unoMissing(python = unoPython()): string | null {
  const r = spawnSync(python, ['-c', 'import uno'], { encoding: 'utf8', timeout: 30_000 });
  if (r.error) return `${python}: ${r.error.message}`;
  if (r.status === 0) return null;
  return r.stderr.trim().split('\n').pop() || `${python} -c "import uno": mã thoát ${r.status}`;
}
