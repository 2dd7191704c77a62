// Issue 19, point 1: the CLI keeps V8's compiled code of its modules between runs, in both of its
// threads (src/cli/compile-cache.ts). An entry V8 refuses is written again when the thread ends,
// so a second run that rewrites nothing is a run in which V8 accepted every entry.
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/tools/project-root';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';

afterAll(removeTempFolders);

const MAIN = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');
const SAMPLE = join(projectRoot(), 'data', 'lao-cai-2026-q1');

const tthc = (cache: string, ...args: string[]) =>
  spawnSync('node', [MAIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TTHC_COMPILE_CACHE: cache },
  });

/** The folder of the entries (one per V8 version) and each entry's time of writing. */
function entries(cache: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of readdirSync(cache))
    for (const f of readdirSync(join(cache, v)))
      out.set(`${v}/${f}`, statSync(join(cache, v, f)).mtimeMs);
  return out;
}

test('both threads keep their modules; the next run uses every entry and rewrites none', () => {
  const cache = tempFolder('tthc-cache-');
  const first = tthc(cache, 'validate', '--data', SAMPLE);
  expect(first.status).toBe(0);
  const kept = entries(cache);
  const names = [...kept.keys()];
  expect(names.filter((n) => n.endsWith('.main')).length).toBeGreaterThan(10);
  // The worker thread loads the command, its libraries and the data readers: hundreds.
  expect(names.filter((n) => n.endsWith('.worker')).length).toBeGreaterThan(100);
  expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  const again = tthc(cache, 'validate', '--data', SAMPLE);
  expect([again.status, again.stdout]).toEqual([0, first.stdout]);
  expect(entries(cache)).toEqual(kept);
});

test("the user's cache folder by default; TTHC_COMPILE_CACHE=0 keeps nothing", () => {
  const run = (env: Record<string, string>) =>
    spawnSync('node', [MAIN, '--help'], { encoding: 'utf8', env: { ...process.env, ...env } });
  const home = tempFolder('tthc-xdg-');
  const inherited = { ...process.env };
  delete inherited.TTHC_COMPILE_CACHE;
  const r = spawnSync('node', [MAIN, '--help'], {
    encoding: 'utf8',
    env: { ...inherited, XDG_CACHE_HOME: home },
  });
  expect(r.status).toBe(0);
  expect(entries(join(home, 'tthc')).size).toBeGreaterThan(0);
  const off = tempFolder('tthc-xdg-');
  expect(run({ XDG_CACHE_HOME: off, TTHC_COMPILE_CACHE: '0' }).status).toBe(0);
  expect(readdirSync(off)).toEqual([]);
});

test('a folder others may write into is not used', () => {
  const shared = tempFolder('tthc-cache-');
  chmodSync(shared, 0o777);
  expect(tthc(shared, '--help').status).toBe(0);
  expect(entries(shared).size).toBe(0);
});
