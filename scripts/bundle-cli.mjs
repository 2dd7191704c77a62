// The second half of `npm run build`, after tsc: the CLI's command thread in one file,
// dist/bundle/command-thread.js, and the code V8 compiles for it kept beside it, so that a
// command starts without finding, reading and compiling some 1,400 modules (docs/bundle.md).
// The code is what the two samples' builds compile: each build runs through the bundle and, at
// its end, writes what was compiled (the second starts from the first's); exceljs's single
// file, which stays in node_modules, gets its kept code the same way. Without dist/bundle,
// the CLI runs the modules of dist/src as before (src/cli/command-entry.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const BUNDLE = join(ROOT, 'dist', 'bundle');
const { lazyHtmlEntities } = createRequire(import.meta.url)(
  join(ROOT, 'dist', 'src', 'tools', 'lazy-html-entities.js'),
);

/** xmldom's HTML entities built on first use in the bundle (src/tools/lazy-html-entities.ts). */
const lazyEntities = {
  name: 'lazy-html-entities',
  setup(b) {
    b.onLoad({ filter: /[\\/]@xmldom[\\/]xmldom[\\/]lib[\\/]entities\.js$/ }, async (args) => ({
      contents: lazyHtmlEntities(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};

rmSync(BUNDLE, { recursive: true, force: true });
await build({
  entryPoints: [join(ROOT, 'dist', 'src', 'cli', 'command-thread.js')],
  outfile: join(BUNDLE, 'command-thread.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Short names. esbuild's keepNames would give every function and class its written name back
  // through a call at each definition (4,700 at load, more as closures are made): about 25 ms a
  // build. Nothing here reads a name; a crash report asks for --debug, which runs the modules.
  minify: true,
  // Loaded from node_modules when used: exceljs is one prebuilt file already (src/tools/
  // exceljs.ts), pdf-lib only with --pdf, the web server only by `tthc serve`.
  external: ['exceljs', 'pdf-lib', 'fastify', '@fastify/*'],
  plugins: [lazyEntities],
  logLevel: 'warning',
});

// esbuild writes strings and templates in ASCII but leaves the letters of regular expressions as
// they are, Vietnamese ones here. One such letter makes Node decode the 2 MB text as UTF-8 and
// V8 hold it at two bytes a character: a build started 0,12 s later (docs/bundle.md), of which
// reading the text was 22 ms. `\uXXXX` is the same letter in a regular expression, and in a
// comment or a name. A letter escaped by a backslash of its own (`\đ`, allowed without the u
// flag) loses that backslash.
const SCRIPT = join(BUNDLE, 'command-thread.js');
const ascii = readFileSync(SCRIPT, 'utf8').replace(
  /(\\*)([\u0080-\uffff])/g,
  (_, slashes, letter) =>
    slashes.slice(slashes.length % 2) + `\\u${letter.charCodeAt(0).toString(16).padStart(4, '0')}`,
);
writeFileSync(SCRIPT, ascii);

const out = mkdtempSync(join(tmpdir(), 'tthc-bundle-'));
try {
  for (const sample of ['lao-cai-2026-q1', 'lao-cai-766-2025-08']) {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'dist', 'src', 'cli', 'main.js'), 'build', '--data', join(ROOT, 'data', sample)],
      { cwd: out, env: { ...process.env, TTHC_CODE_CACHE_WRITE: '1' }, encoding: 'utf8' },
    );
    if (run.status !== 0) {
      rmSync(BUNDLE, { recursive: true, force: true });
      throw new Error(`the build of ${sample} through the bundle failed:\n${run.stderr}`);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
// One kept code for the bundle, one for exceljs's single file, which the bundle loads from
// node_modules and compiles with its own kept code (src/tools/exceljs.ts).
const caches = readdirSync(BUNDLE)
  .filter((f) => f.endsWith('.cache'))
  .map((f) => f.replace(/\.[0-9a-f]{16}\.cache$/, ''))
  .sort();
if (caches.join() !== 'command-thread.js,exceljs.bare.min.js')
  throw new Error(`expected the kept code of the bundle and of exceljs in dist/bundle: ${caches}`);
