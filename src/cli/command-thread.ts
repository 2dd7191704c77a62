import { setV8Flags } from './v8-flags';

// What the worker thread of the CLI runs (supervise.ts starts it, command-entry.ts chooses it):
// the command table. `npm run build` also bundles the CLI from this file (dist/bundle). V8's
// flags are set before the command table and its modules are loaded (v8-flags.ts); in the
// bundle, bundled-command.ts has set them already, and setting them again changes nothing.
setV8Flags();
// eslint-disable-next-line @typescript-eslint/no-require-imports
(require('./cli') as typeof import('./cli')).runCli();
