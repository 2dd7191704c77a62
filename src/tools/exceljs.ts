import type ExcelJS from 'exceljs';
import { dirname } from 'node:path';
import { runsFromBundle } from './bundle-file';
import { compileWithCodeCache, keepCompiledCode, runCompiled } from './code-cache';

/** The prebuilt single file of exceljs ("bare": without the browser polyfills). */
const EXCELJS_FILE = 'exceljs/dist/exceljs.bare.min.js';

let loaded: typeof ExcelJS | undefined;

/**
 * exceljs, loaded on first use and from its prebuilt single-file bundle. The package's main
 * entry requires some 660 modules, about 0,4 s of CPU at every start; the bundle is the same
 * library in one file and loads in about a third of that. Only a command that reads or writes a
 * workbook pays for it (docs/performance.md). Every use here goes through buffers (`xlsx.load`,
 * `xlsx.writeBuffer`), which the bundle supports.
 */
export function excelJs(): typeof ExcelJS {
  return (loaded ??= load());
}

/**
 * Run from the CLI's bundle, the file is compiled with the code V8 kept for it at the build,
 * beside the bundle's own (docs/bundle.md): a build loads it in about 20 ms instead of 40, and
 * writes its first workbook sooner. Elsewhere (the modules, the tests) it is required as before.
 */
function load(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (!runsFromBundle(__filename)) return require(EXCELJS_FILE) as typeof ExcelJS;
  const compiled = compileWithCodeCache(require.resolve(EXCELJS_FILE), dirname(__filename));
  if (process.env['TTHC_CODE_CACHE_WRITE'] === '1')
    process.once('exit', () => keepCompiledCode(compiled));
  return runCompiled(compiled) as typeof ExcelJS;
}
