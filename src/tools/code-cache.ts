import { isAscii } from 'node:buffer';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';

/** Whether V8 took the compiled code kept beside a script, or compiled the script itself. */
export type CacheUse = 'used' | 'rejected' | 'none';

/** A CommonJS file compiled, with what became of its kept code. */
export interface CompiledFile {
  readonly file: string;
  readonly script: Script;
  /** Where its compiled code is kept (`cacheFileOf`). */
  readonly cacheFile: string;
  readonly use: CacheUse;
}

/**
 * Where V8's compiled code for `source` is kept: in `folder` (by default beside the file), named
 * after the file and its content. V8 itself checks only the length of the source (and its own
 * version and flags), so a cache of another text of the same length would be taken; the
 * content's CRC-32 and byte length in the name rule that out. A CRC, not a cryptographic hash:
 * the name guards against a text changed by a build or by hand, not against an attacker who can
 * write into dist/ anyway, and every command computes it over the 2 MB bundle (Node's zlib:
 * under a millisecond, where SHA-256 took about 4 ms of each start, the bundle and exceljs).
 */
export function cacheFileOf(
  file: string,
  source: string | Uint8Array,
  folder = dirname(file),
): string {
  const bytes = typeof source === 'string' ? Buffer.from(source, 'utf8') : source;
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return join(folder, `${basename(file)}.${hex(crc32(bytes))}${hex(bytes.length)}.cache`);
}

/**
 * Compiles a CommonJS file as `require` would, with the code V8 kept for it if there is one.
 * The bundle is ASCII (scripts/bundle-cli.mjs): its text is then its bytes one for one, where
 * decoding 2 MB as UTF-8 took about 25 ms of each start. Hashed as bytes, which are the UTF-8
 * of its text: the same name as the text's.
 */
export function compileWithCodeCache(file: string, folder?: string): CompiledFile {
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const cacheFile = cacheFileOf(file, bytes, folder);
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename: file, cachedData });
  const use: CacheUse = !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  return { file, script, cacheFile, use };
}

/** Runs a compiled file as `require` would run it; returns its `module.exports`. */
export function runCompiled({ file, script }: CompiledFile): unknown {
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} };
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

/**
 * Writes what V8 has compiled of the file so far (after a run: every function the run called,
 * not only the top level) where `compileWithCodeCache` looks for it; replaced in one step.
 */
export function keepCompiledCode({ script, cacheFile }: CompiledFile): void {
  writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
  renameSync(`${cacheFile}.tmp`, cacheFile);
}
