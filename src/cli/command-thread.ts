import { setTieringFlag } from './v8-tiering';

// What the worker thread of the CLI runs (supervise.ts starts it, command-entry.ts chooses it):
// the command table. `npm run build` also bundles the CLI from this file (dist/bundle). V8's
// flag is set before the command table and its modules are loaded (v8-tiering.ts); in the
// bundle, bundled-command.ts has set it already, and setting it again changes nothing.
setTieringFlag();
// eslint-disable-next-line @typescript-eslint/no-require-imports
(require('./cli') as typeof import('./cli')).runCli();
