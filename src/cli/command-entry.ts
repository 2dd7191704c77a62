import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFile } from '../tools/bundle-file';

/**
 * The file the worker thread of the CLI runs: the bundle, through its loader, when
 * `npm run build` made it from the modules as they are; else the compiled modules
 * (command-thread.js). A bundle older than the modules (tsc run again since, without the
 * bundling) is not run: it would be the code before the change. With `--debug` the modules
 * run, so that a stack names our files and lines (a stack in the bundle names only functions);
 * `TTHC_BUNDLE=0` runs them too, to compare the two.
 */
export function commandEntry(
  args: readonly string[] = process.argv.slice(2),
  dir = __dirname,
  bundle = bundleFile(),
): string {
  const modules = join(dir, 'command-thread.js');
  if (process.env['TTHC_BUNDLE'] === '0' || args.includes('--debug')) return modules;
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < statSync(modules).mtimeMs) return modules;
  return join(dir, 'bundled-command.js');
}
