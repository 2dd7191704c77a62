// The jest transform that binds the language's globals (test/jest/bound-globals.js): a module
// wrapped by it behaves as it did unwrapped, and jest's configuration sends every module
// through it.
import { createContext, runInContext } from 'node:vm';
import { join } from 'node:path';
import { projectRoot } from '../../src/tools/project-root';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bindGlobals, BOUND, createTransformer } = require('./bound-globals.js') as {
  bindGlobals: (code: string) => string;
  BOUND: readonly string[];
  createTransformer: (options?: object) => {
    process: (source: string, path: string, options: object) => { code: string };
  };
};

/**
 * Runs `code` as jest runs a CommonJS module: inside a function given `exports` and `module`,
 * called with `this` = `module.exports`, in a fresh context of its own that has Node's `Buffer`
 * (as jest's node environment has).
 */
function runModule(code: string, filename = 'module.js') {
  const context = createContext({ Buffer });
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = runInContext(`(function (exports, module) {${code}\n})`, context, { filename });
  wrapper.call(module.exports, module.exports, module);
  return { exports: module.exports, context: context as Record<string, unknown> };
}

const wrapped = (code: string) => runModule(bindGlobals(code));

test('the bound globals are the context’s own, not those of the process that wrapped them', () => {
  const { exports, context } = wrapped(
    'exports.object = Object; exports.map = Map; exports.promise = Promise;',
  );
  const own = runInContext('[Object, Map, Promise]', context as object) as unknown[];
  expect([exports.object, exports.map, exports.promise]).toEqual(own);
  expect(exports.object).not.toBe(Object);
});

test('`this` is still module.exports, and assigning module.exports still works', () => {
  expect(wrapped('exports.self = this === exports;').exports.self).toBe(true);
  const code = 'module.exports = { replaced: true };';
  expect(runModule(bindGlobals(code)).exports).toEqual({ replaced: true });
});

test('a "use strict" directive still makes the module strict', () => {
  expect(() => wrapped('"use strict";\nundeclared = 1;')).toThrow(/undeclared is not defined/);
  // Without it, the same line creates a global, as it did unwrapped.
  expect(() => wrapped('undeclared = 1;')).not.toThrow();
});

test('a module may declare a bound name itself, with var, let, const or function', () => {
  const code = [
    'var Promise = 1;',
    'let Map = 2;',
    'const Math = 3;',
    'function Symbol() { return 4; }',
    'exports.values = [Promise, Map, Math, Symbol()];',
  ].join('\n');
  expect(wrapped(code).exports.values).toEqual([1, 2, 3, 4]);
});

test('a return at the top level and a shebang line are still allowed', () => {
  expect(wrapped('#!/usr/bin/env node\nexports.a = 1;\nreturn;\nexports.a = 2;').exports.a).toBe(1);
});

test('lines keep their numbers: an error on line 3 is reported on line 3', () => {
  let stack = '';
  try {
    runModule(bindGlobals('exports.a = 1;\n\nthrow new Error("here");'), 'lines.js');
  } catch (error) {
    stack = (error as Error).stack ?? '';
  }
  expect(stack).toMatch(/lines\.js:3:/);
});

test('every bound name is a global of Node', () => {
  const missing = BOUND.filter((name) => !(name in globalThis));
  expect(missing).toEqual([]);
  expect(BOUND).not.toEqual(expect.arrayContaining(['Date', 'setTimeout', 'console', 'process']));
});

test('without ts-jest options the file is taken as it is, then wrapped', () => {
  const out = createTransformer().process('exports.a = 1;', '/x/a.js', {});
  expect(out.code).toBe(bindGlobals('exports.a = 1;'));
});

describe('jest.config.js sends every module through the transform', () => {
  const root = projectRoot();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(join(root, 'jest.config.js')) as {
    transform: Record<string, [string, { tsJest?: object }]>;
    transformIgnorePatterns: string[];
  };
  /** The transform jest picks for a path: the first pattern that matches it. */
  const transformOf = (path: string) =>
    Object.entries(config.transform).find(([pattern]) => new RegExp(pattern).test(path))?.[1];

  test.each([
    ['our TypeScript', join(root, 'src/cli/main.ts'), true],
    ['the ES module cookie', join(root, 'node_modules/cookie/dist/index.js'), true],
    ['a library', join(root, 'node_modules/zod/v4/classic/schemas.cjs'), false],
    ['jest’s matchers', join(root, 'node_modules/expect/build/index.js'), false],
  ])('%s', (_what, path, compiled) => {
    const transform = transformOf(path);
    expect(transform?.[0]).toBe('<rootDir>/test/jest/bound-globals.js');
    expect(transform?.[1].tsJest !== undefined).toBe(compiled);
    expect(config.transformIgnorePatterns.some((p) => new RegExp(p).test(path))).toBe(false);
  });
});
