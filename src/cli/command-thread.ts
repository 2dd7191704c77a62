import { runCli } from './cli';

// What the worker thread of the CLI runs (supervise.ts starts it, command-entry.ts chooses it):
// the command table. `npm run build` also bundles the CLI from this file (dist/bundle).
runCli();
