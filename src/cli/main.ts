#!/usr/bin/env node
import { isMainThread } from 'node:worker_threads';

// The command runs in a worker thread; this thread only watches it, so that Ctrl+C is answered
// at once however busy the command is (supervise.ts). Each side loads only what it needs.
/* eslint-disable @typescript-eslint/no-require-imports */
if (isMainThread) (require('./supervise') as typeof import('./supervise')).supervise(__filename);
else (require('./cli') as typeof import('./cli')).runCli();
