// The CLI's command thread runs from one bundled file with the code V8 compiled for it at the
// build (docs/bundle.md): the bundle is what runs, its kept code is taken by this Node, and the
// package it writes is the one the modules write, byte for byte.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { commandEntry } from '../../src/cli/command-entry';
import { bundleFile } from '../../src/tools/bundle-file';
import { cacheFileOf } from '../../src/tools/code-cache';
import { projectRoot } from '../../src/tools/project-root';
import { SAMPLE_766, SAMPLE_Q1 } from '../helpers/load-sample';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';

afterAll(removeTempFolders);

const ROOT = projectRoot();
const MAIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');

test("npm run build kept the code of the bundle and of exceljs's file, each named after its text as it is", () => {
  const bundle = bundleFile();
  const folder = join(bundle, '..');
  const exceljs = require.resolve('exceljs/dist/exceljs.bare.min.js');
  const kept = readdirSync(folder).filter((f) => f.endsWith('.cache'));
  expect(kept.sort()).toEqual([
    relative(folder, cacheFileOf(bundle, readFileSync(bundle, 'utf8'))),
    relative(folder, cacheFileOf(exceljs, readFileSync(exceljs), folder)),
  ]);
});

test('the bundle is ASCII, its Vietnamese letters written as \\u escapes (one byte a character)', () => {
  const text = readFileSync(bundleFile(), 'utf8');
  expect(text.match(/[\u0080-\uffff]/g) ?? []).toEqual([]);
  // The letters are there, escaped: the regular expression of src/format/unit-name.ts.
  expect(text.toLowerCase()).toContain('/^(?:x\\u00e3|ph\\u01b0\\u1eddng|\\u0111\\u1eb7c khu)');
});

/** What became of the bundle's kept code in a new process of this Node, with or without the flags. */
function cacheUse(withFlags: boolean): string {
  const dist = join(ROOT, 'dist', 'src');
  const script = `
    if (${withFlags}) require(${JSON.stringify(join(dist, 'cli', 'v8-flags.js'))}).setV8Flags();
    const { compileWithCodeCache } = require(${JSON.stringify(join(dist, 'tools', 'code-cache.js'))});
    const { bundleFile } = require(${JSON.stringify(join(dist, 'tools', 'bundle-file.js'))});
    process.stdout.write(compileWithCodeCache(bundleFile()).use);`;
  return spawnSync('node', ['-e', script], { encoding: 'utf8' }).stdout;
}

test("this Node takes the kept code with the CLI's V8 flags, and refuses it without", () => {
  // V8 refuses code compiled by another version or with other flags: the CLI sets its flags
  // (v8-flags.ts) before it compiles the bundle, as the build's own run did.
  expect(cacheUse(true)).toBe('used');
  expect(cacheUse(false)).toBe('rejected');
});

/**
 * Runs `tthc <args>` with `code` run first in its command thread (node -r, which the worker
 * inherits); `code` writes JSON to the file named by the variable `out`, returned here.
 */
function fromCommandThread(code: string, env: NodeJS.ProcessEnv, ...args: string[]): unknown {
  const dir = tempFolder('tthc-preload-');
  const preload = join(dir, 'preload.js');
  const out = join(dir, 'out.json');
  writeFileSync(
    preload,
    `if (!require('node:worker_threads').isMainThread) { const out = ${JSON.stringify(out)}; ${code} }`,
  );
  const r = spawnSync('node', ['-r', preload, MAIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(r.status).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8'));
}

test('the CLI itself takes the kept code: the command thread sets the flags before it compiles the bundle', () => {
  // The worker's vm.Script is watched: the bundle must be compiled with its kept code, and V8
  // must not refuse it. Set too late, or not at all, the flags make V8 refuse it.
  const watch = `
    const vm = require('node:vm');
    const Script = vm.Script;
    const uses = [];
    vm.Script = class extends Script {
      constructor(code, options) {
        super(code, options);
        const file = require('node:path').basename(options.filename);
        uses.push([file, !options.cachedData ? 'none' : this.cachedDataRejected ? 'rejected' : 'used']);
      }
    };
    process.on('exit', () => require('node:fs').writeFileSync(out, JSON.stringify(uses)));`;
  expect(fromCommandThread(watch, {}, 'validate', '--data', SAMPLE_Q1)).toEqual([
    ['command-thread.js', 'used'],
  ]);
  // A build writes workbooks: exceljs's file is compiled with its own kept code too.
  const out = tempFolder('tthc-bundle-out-');
  expect(fromCommandThread(watch, {}, 'build', '--data', SAMPLE_Q1, '--out', out)).toEqual([
    ['command-thread.js', 'used'],
    ['exceljs.bare.min.js', 'used'],
  ]);
});

/** The compiled files of dist/src that the command thread of `tthc <args>` loaded. */
function loadedByCommandThread(env: NodeJS.ProcessEnv, ...args: string[]): string[] {
  const list = `process.on('exit', () => require('node:fs').writeFileSync(
    out, JSON.stringify(Object.keys(require.cache))));`;
  return (fromCommandThread(list, env, ...args) as string[])
    .filter((f) => f.startsWith(join(ROOT, 'dist', 'src')))
    .map((f) => relative(join(ROOT, 'dist', 'src'), f));
}

test('the command thread runs the bundle; TTHC_BUNDLE=0 runs the modules', () => {
  const bundled = loadedByCommandThread({}, 'validate', '--data', SAMPLE_Q1);
  expect(bundled.sort()).toEqual([
    'cli/bundled-command.js',
    'cli/v8-flags.js',
    'tools/bundle-file.js',
    'tools/code-cache.js',
    'tools/project-root.js',
  ]);
  const modules = loadedByCommandThread({ TTHC_BUNDLE: '0' }, 'validate', '--data', SAMPLE_Q1);
  expect(modules).toContain('cli/commands/validate.js');
  expect(modules).not.toContain('cli/bundled-command.js');
});

/** Builds a sample into a fresh folder; resolves with that folder. */
function build(data: string, env: NodeJS.ProcessEnv): Promise<string> {
  const out = tempFolder('tthc-bundle-out-');
  return new Promise((resolve, reject) => {
    const child = spawn('node', [MAIN, 'build', '--data', data, '--out', out], {
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
  });
}

/** Every file under a folder, by relative path, with its bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(relative(dir, path), readFileSync(path));
    }
  return files;
}

test.each([
  ['quarterly', SAMPLE_Q1],
  ['index-766', SAMPLE_766],
])(
  'the %s sample: the bundle writes the package the modules write, byte for byte',
  async (_, data) => {
    const [bundled, modules] = await Promise.all([
      build(data, {}),
      build(data, { TTHC_BUNDLE: '0' }),
    ]);
    const a = filesOf(bundled);
    const b = filesOf(modules);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect(a.size).toBeGreaterThanOrEqual(5);
    for (const [path, bytes] of a)
      expect({ path, same: bytes.equals(b.get(path)!) }).toEqual({ path, same: true });
  },
);

describe('which file the command thread runs', () => {
  const made = (at: number) => {
    const dir = tempFolder('tthc-entry-');
    const modules = join(dir, 'command-thread.js');
    const bundle = join(dir, 'bundle.js');
    writeFileSync(modules, '');
    writeFileSync(bundle, '');
    utimesSync(modules, 1_000, 1_000);
    utimesSync(bundle, at, at);
    return { dir, bundle };
  };
  const saved = process.env['TTHC_BUNDLE'];
  afterEach(() => {
    if (saved === undefined) delete process.env['TTHC_BUNDLE'];
    else process.env['TTHC_BUNDLE'] = saved;
  });

  test('the bundle when it was made after the modules', () => {
    const { dir, bundle } = made(2_000);
    expect(commandEntry([], dir, bundle)).toBe(join(dir, 'bundled-command.js'));
  });

  test('the modules when they were compiled again after the bundle: it holds the old code', () => {
    const { dir, bundle } = made(500);
    expect(commandEntry([], dir, bundle)).toBe(join(dir, 'command-thread.js'));
  });

  test('the modules with --debug: a stack in them names our files and lines', () => {
    const { dir, bundle } = made(2_000);
    expect(commandEntry(['build', '--debug'], dir, bundle)).toBe(join(dir, 'command-thread.js'));
  });

  test('the modules when there is no bundle, or with TTHC_BUNDLE=0', () => {
    const { dir, bundle } = made(2_000);
    expect(commandEntry([], dir, join(dir, 'nothing.js'))).toBe(join(dir, 'command-thread.js'));
    process.env['TTHC_BUNDLE'] = '0';
    expect(commandEntry([], dir, bundle)).toBe(join(dir, 'command-thread.js'));
  });
});
