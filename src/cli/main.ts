#!/usr/bin/env node
// The command runs in a worker thread (command-entry.ts chooses its file); this thread only
// watches it, so that Ctrl+C is answered at once however busy the command is (supervise.ts).
// Each side loads only what it needs. V8's flags are the command thread's to set
// (v8-flags.ts): set here, they would make Node compile its own modules again in both threads.
/* eslint-disable @typescript-eslint/no-require-imports */
const args = process.argv.slice(2);
if (args.length === 1 && args[0] === '--version') {
  // Answered at once, as the command table would: nothing to stop, no worker to start.
  console.log((require('./tool-version') as typeof import('./tool-version')).toolVersion());
} else {
  const { commandEntry } = require('./command-entry') as typeof import('./command-entry');
  (require('./supervise') as typeof import('./supervise')).supervise(commandEntry());
}
