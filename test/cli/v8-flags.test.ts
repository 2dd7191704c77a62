// The command thread sets V8's flags for the whole process (src/cli/v8-flags.ts). One of them
// turns off incremental marking: a thread that ends while its old generation is being marked
// has the marking finished in full before it goes, work a command that is done does not need.
// V8's trace of its collections shows which kind ran.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/tools/project-root';
import { SAMPLE_766, SAMPLE_Q1 } from '../helpers/load-sample';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';

afterAll(removeTempFolders);

const MAIN = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');

/** V8's trace lines of the collections of a `tthc build` of `data` (both threads). */
function collections(data: string): string[] {
  const r = spawnSync(
    'node',
    ['--trace-gc', MAIN, 'build', '--data', data, '--out', tempFolder('tthc-v8-flags-')],
    { encoding: 'utf8' },
  );
  expect(r.status).toBe(0);
  return r.stdout.split('\n').filter((l) => /\b(Scavenge|Mark-Compact)\b/.test(l));
}

test.each([
  ['quarterly', SAMPLE_Q1],
  ['index-766', SAMPLE_766],
])(
  'a build of the %s sample collects its old generation without incremental marking',
  (_, data) => {
    const lines = collections(data);
    // The trace is there: the young generation is collected many times in any build.
    expect(lines.filter((l) => l.includes('Scavenge')).length).toBeGreaterThan(5);
    // Incremental marking shows in a mark-compact's line as its steps "since start of marking",
    // and as the reason "finalize incremental marking" (or "external finalize" at a thread's end).
    expect(
      lines.filter((l) => /start of marking|incremental marking|external finalize/.test(l)),
    ).toEqual([]);
  },
);
