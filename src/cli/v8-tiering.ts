import { setFlagsFromString } from 'node:v8';

/**
 * How much code V8 runs before it considers compiling a function better: 1,000,000 bytes of
 * bytecode between looks, where V8's default is 67,584. A command lives one or two seconds, most
 * of it in code that runs once; V8's default spends that time on optimising functions the
 * command will not call again. Measured (docs/bundle.md): `tthc build` of bench (a) 0,91× its
 * time with the default; a province of 166 communes 0,9×; a validation of 100.000 rows and the
 * 34-province batch unchanged. Code that runs long is still optimised, a little later.
 */
export const TIERING_FLAG = '--interrupt-budget=1000000';

/**
 * Node's own modules the commands use. Each comes with code compiled when Node was built, which
 * V8 takes only under the flags it was made with: loaded after the flag is set, each is
 * compiled again. So they are loaded first (docs/bundle.md, "V8's tiering flag").
 */
const NODE_MODULES = [
  'node:assert',
  'node:child_process',
  'node:crypto',
  'node:fs/promises',
  'node:module',
  'node:os',
  'node:readline',
  'node:url',
  'node:vm',
  'node:zlib',
] as const;

/**
 * Sets the flag for the whole process, before any of our code is compiled: called first by the
 * command thread (command-thread.ts, bundled-command.ts), not by the main thread, whose own
 * start and the worker thread's would otherwise compile Node's modules again. V8 keeps compiled
 * code only for the same flags (code-cache.ts): the bundle's kept code is made by a process that
 * set it too (scripts/bundle-cli.mjs runs the CLI).
 */
export function setTieringFlag(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  for (const name of NODE_MODULES) require(name);
  // Web Crypto, which Node loads the first time anything reads `globalThis.crypto`.
  void globalThis.crypto;
  setFlagsFromString(TIERING_FLAG);
}
