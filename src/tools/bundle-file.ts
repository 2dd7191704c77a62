import { join } from 'node:path';
import { projectRoot } from './project-root';

/** The CLI's command thread in one file, made by `npm run build` (scripts/bundle-cli.mjs). */
export function bundleFile(): string {
  return join(projectRoot(), 'dist', 'bundle', 'command-thread.js');
}

/**
 * Whether the calling module runs from the bundle, given its `__filename`: esbuild leaves
 * `__filename` to the bundle's own, so every module in it sees the bundle's file.
 */
export const runsFromBundle = (filename: string): boolean => filename === bundleFile();
