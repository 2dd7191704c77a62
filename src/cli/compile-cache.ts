import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { isMainThread, threadId } from 'node:worker_threads';

/**
 * V8's compiled code of every CommonJS module the CLI loads, kept between runs in a private
 * folder (what Node 22's `module.enableCompileCache` does; Node 20 has no such call). Installed
 * by each thread for itself (main.ts): the worker thread that runs a command loads most of the
 * modules, and a start-up snapshot cannot reach it (docs/performance.md). The code of a module
 * is written when the thread ends, so that the functions the run compiled are in it.
 *
 * V8 checks each entry against the source it was made from and refuses a stale one; the key
 * also names the file and its content, so a new version of a module never meets an old entry.
 */

interface CjsModule {
  exports: unknown;
  require(id: string): unknown;
}

interface ModuleStatic {
  prototype: { _compile(content: string, filename: string): unknown };
  wrap(content: string): string;
  _resolveFilename(request: string, parent: CjsModule, isMain: boolean, options?: object): string;
  _resolveLookupPaths(request: string, parent: CjsModule): string[] | null;
  _extensions: unknown;
  _cache: unknown;
}

/** The folder of the cache: TTHC_COMPILE_CACHE, else the user's cache folder; "0" turns it off. */
function cacheFolder(): string | null {
  const set = process.env.TTHC_COMPILE_CACHE;
  if (set === '0') return null;
  const base = set || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'tthc');
  // Inside `base`, a folder per V8 (its entries are refused by any other).
  return join(base, `v8-${process.versions.v8}-${process.arch}`);
}

/**
 * The folder, made private to this user; null when it cannot be (then no cache is used).
 * Compiled code is run as it is found: a folder, or a folder above it, that another user could
 * write into or that is not the user's own is not used.
 */
function privateFolder(dir: string): string | null {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (const d of [dir, dirname(dir)]) {
      const s = statSync(d);
      if ((process.getuid && s.uid !== process.getuid()) || (s.mode & 0o022) !== 0) return null;
    }
    return dir;
  } catch {
    return null;
  }
}

/** Installs the cache for the calling thread; does nothing when the folder cannot be used. */
export function enableCompileCache(): void {
  const wanted = cacheFolder();
  const dir = wanted && privateFolder(wanted);
  if (!dir) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Module = require('node:module') as ModuleStatic;
  const fresh: { script: Script; file: string }[] = [];
  Module.prototype._compile = function compile(this: CjsModule, content, filename) {
    const key = createHash('sha256')
      .update(filename)
      .update('\u0000')
      .update(content)
      .digest('hex');
    // An entry per thread: both load a few modules, and each keeps what it compiled of them.
    const file = join(dir, `${key}.${isMainThread ? 'main' : 'worker'}`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    // A "#!" line is legal only at the very start of a script, which the wrapper no longer is.
    const source = content.startsWith('#!') ? `//${content}` : content;
    const script = new Script(Module.wrap(source), { filename, cachedData });
    if (!cachedData || script.cachedDataRejected) fresh.push({ script, file });
    const run = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    // The `require` a module is given, as Node makes it (lib/internal/modules/helpers.js).
    const resolve = Object.assign(
      (request: string, options?: object) => Module._resolveFilename(request, this, false, options),
      { paths: (request: string) => Module._resolveLookupPaths(request, this) },
    );
    const localRequire = Object.assign((id: string) => this.require(id), {
      resolve,
      main: require.main,
      extensions: Module._extensions,
      cache: Module._cache,
    });
    return run.call(this.exports, this.exports, localRequire, this, filename, dirname(filename));
  };
  process.on('exit', () => {
    for (const { script, file } of fresh.splice(0))
      try {
        // Written whole then renamed: another run reading the folder never sees half a file.
        const tmp = `${file}.${process.pid}-${threadId}.tmp`;
        writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        renameSync(tmp, file);
      } catch {
        // A full disk or a folder removed meanwhile: the next run compiles again.
      }
  });
}
