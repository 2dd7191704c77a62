import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withoutStop } from '../stop-channel';
import { trackTemporary, untrackTemporary } from '../write-folder';
import type { ImportFile } from './import-files';

/**
 * Writes the import's files into the dataset's folder as one step: each into a temporary folder
 * inside it, read back by `check` (which returns false to stop), then renamed into place. A
 * failure or an interruption (Ctrl+C waits for the renames) leaves the folder as it was, but for
 * files already renamed when the system itself stops between two renames.
 */
export function writeImport(
  out: string,
  files: readonly ImportFile[],
  check: (dir: string) => boolean,
): boolean {
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(out, '.tthc-import-'));
  trackTemporary(work);
  try {
    for (const f of files) writeFileSync(join(work, f.name), f.text, 'utf8');
    if (!check(work)) return false;
    // Ctrl+C waits for the renames, and none starts once a stop has begun (stop-channel.ts).
    withoutStop(() => {
      for (const f of files) renameSync(join(work, f.name), join(out, f.name));
    });
    return true;
  } finally {
    if (existsSync(work)) rmSync(work, { recursive: true, force: true });
    untrackTemporary(work);
  }
}
