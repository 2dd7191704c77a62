import { compileWithCodeCache, keepCompiledCode, runCompiled } from '../tools/code-cache';
import { bundleFile } from '../tools/bundle-file';
import { setV8Flags } from './v8-flags';

// The worker thread of the CLI when `npm run build` bundled it (command-entry.ts): the command
// table in one file, compiled with the code V8 kept for it at the build (docs/bundle.md).
// TTHC_CODE_CACHE_WRITE=1 is the build's own run on a sample, which writes that code when the
// thread ends; nothing is written otherwise. The kept code was made under the CLI's V8 flags,
// and is taken only under them: they are set first.
setV8Flags();
const compiled = compileWithCodeCache(bundleFile());
if (process.env['TTHC_CODE_CACHE_WRITE'] === '1')
  process.once('exit', () => keepCompiledCode(compiled));
runCompiled(compiled);
