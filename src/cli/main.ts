#!/usr/bin/env node
import { isMainThread } from 'node:worker_threads';

// The command runs in a worker thread; this thread only watches it, so that Ctrl+C is answered
// at once however busy the command is (supervise.ts). Each side loads only what it needs.
/* eslint-disable @typescript-eslint/no-require-imports */
const args = process.argv.slice(2);
if (isMainThread && args.length === 1 && args[0] === '--version') {
  // Answered at once, as the command table would: nothing to stop, no worker to start.
  console.log((require('./tool-version') as typeof import('./tool-version')).toolVersion());
} else {
  if (isMainThread) (require('./supervise') as typeof import('./supervise')).supervise(__filename);
  else (require('./cli') as typeof import('./cli')).runCli();
}
