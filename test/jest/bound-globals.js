'use strict';
/**
 * A jest transform that makes the code under test read the language's own globals as local
 * variables (docs/performance.md, "Tests").
 *
 * Jest runs each test file's modules inside a `vm` context. There, every read of a global such
 * as `Object`, `Array`, `Math` or `Promise` goes through the context's interceptors instead of
 * V8's fast path: zod, csv-parse, expect's `toEqual` and our own checks ran two to three times
 * slower under jest than under `node`. This transform puts each module (ours, compiled by
 * ts-jest, and every library's) inside a function whose parameters are those globals, read
 * once when the module is loaded.
 *
 * Only globals nobody replaces are bound: no timers, no `Date` (jest's fake timers replace
 * them), no `console` or `process`. What the module sees is otherwise unchanged: `this` is still
 * `module.exports`, a "use strict" directive still opens the module's body, and lines keep
 * their numbers (the wrapper's opening sits on the first line).
 */
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');

/** The globals read once per module. Each exists in Node 20 and later. */
const BOUND = [
  'Object',
  'Function',
  'Array',
  'Math',
  'JSON',
  'Reflect',
  'Proxy',
  'Promise',
  'Symbol',
  'String',
  'Number',
  'Boolean',
  'BigInt',
  'RegExp',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ArrayBuffer',
  'DataView',
  'Uint8Array',
  'Uint16Array',
  'Uint32Array',
  'Int32Array',
  'Float64Array',
  'Buffer',
  'parseInt',
  'parseFloat',
  'isNaN',
  'isFinite',
  'encodeURIComponent',
  'decodeURIComponent',
];
const PARAMS = BOUND.join(',');

/** Changes when this file changes, so that jest's cache of transformed files follows it. */
const OWN_VERSION = createHash('sha256')
  .update(readFileSync(require.resolve('./bound-globals.js')))
  .digest('hex');

/**
 * The module's code inside the function that binds the globals. A shebang is allowed only at a
 * file's very start: it becomes an empty comment, on the same line.
 */
function bindGlobals(code) {
  const body = code.replace(/^#!.*/, '//');
  return `(function(${PARAMS}){return (function(){${body}\n}).call(this);}).call(this,${PARAMS});`;
}

/** Code and map from what another transformer's `process` returned. */
const asResult = (out) => (typeof out === 'string' ? { code: out } : out);

/**
 * The transformer. `options.tsJest`, when given, are ts-jest's options: ts-jest compiles the
 * file first. Without it the file is JavaScript, taken as it is.
 */
function createTransformer(options = {}) {
  const inner = options.tsJest
    ? require('ts-jest').default.createTransformer(options.tsJest)
    : undefined;
  return {
    canInstrument: false,
    getCacheKey(source, path, transformOptions) {
      const innerKey = inner ? inner.getCacheKey(source, path, transformOptions) : source;
      return createHash('sha256')
        .update(OWN_VERSION)
        .update('\0')
        .update(path)
        .update('\0')
        .update(innerKey)
        .digest('hex');
    },
    process(source, path, transformOptions) {
      const out = inner
        ? asResult(inner.process(source, path, transformOptions))
        : { code: source };
      return { ...out, code: bindGlobals(out.code) };
    },
  };
}

module.exports = { createTransformer, bindGlobals, BOUND };
