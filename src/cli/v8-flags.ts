import { setFlagsFromString } from 'node:v8';

/**
 * The V8 flags of a command (docs/bundle.md, "V8's flags"). A command lives one or two seconds,
 * most of it in code that runs once, and ends when its work is done:
 * - `--interrupt-budget=1000000`: V8 looks for functions to compile better after 1,000,000
 *   bytes of bytecode run, where its default is 67,584; with the default it spends that time
 *   optimising functions the command will not call again. `tthc build` of bench (a) took 0,91×
 *   its time with the default; a validation of 100.000 rows and the 34-province batch were
 *   unchanged. Code that runs long is still optimised, a little later.
 * - `--no-incremental-marking`: the old generation is collected in one pause when it is full,
 *   not marked step by step from when it nears its limit. A thread that ends while such marking
 *   is under way has it finished in full first (about 30 ms of a build, after its last line);
 *   a build of the sample now ends before its heap is full. The pause is longer, the work the
 *   same: the batch and a build of 100.000 rows took the same time and memory.
 */
export const V8_FLAGS = ['--interrupt-budget=1000000', '--no-incremental-marking'] as const;

/**
 * Node's own modules the commands use. Each comes with code compiled when Node was built, which
 * V8 takes only under the flags it was made with: loaded after the flags are set, each is
 * compiled again. So they are loaded first (docs/bundle.md, "V8's flags").
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
 * Sets the flags for the whole process, before any of our code is compiled: called first by the
 * command thread (command-thread.ts, bundled-command.ts), not by the main thread, whose own
 * start and the worker thread's would otherwise compile Node's modules again. V8 keeps compiled
 * code only for the same flags (code-cache.ts): the bundle's kept code is made by a process that
 * set them too (scripts/bundle-cli.mjs runs the CLI).
 */
export function setV8Flags(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  for (const name of NODE_MODULES) require(name);
  // Web Crypto, which Node loads the first time anything reads `globalThis.crypto`.
  void globalThis.crypto;
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
