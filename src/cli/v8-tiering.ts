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
 * Sets the flag for the whole process, worker threads included, before any of our code is
 * compiled. V8 keeps compiled code only for the same flags (code-cache.ts): the bundle's kept
 * code is made by a process that set it too (scripts/bundle-cli.mjs runs the CLI).
 */
export function setTieringFlag(): void {
  setFlagsFromString(TIERING_FLAG);
}
