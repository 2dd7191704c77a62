import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

const FILE_FORMATS = new Set(['.xlsx', '.json']);

/**
 * The datasets in a batch root, by name: every folder (a folder of CSV files) and every .xlsx
 * or .json file directly inside it. Hidden entries are skipped, among them the temporary
 * folders a build writes before moving its package into place, and so are Excel's "~$" lock
 * files, and so is `out` when it lies inside the root (the packages of an earlier run are not
 * datasets). Null when `root` is not a folder.
 */
export function findDatasets(root: string, out?: string): string[] | null {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return null;
  }
  return names
    .filter((n) => !n.startsWith('.') && !n.startsWith('~$'))
    .sort((a, b) => a.localeCompare(b))
    .map((n) => join(root, n))
    .filter((path) => out === undefined || resolve(path) !== resolve(out))
    .filter((path) => {
      const stat = statSync(path, { throwIfNoEntry: false });
      return (
        stat?.isDirectory() || (stat?.isFile() && FILE_FORMATS.has(extname(path).toLowerCase()))
      );
    });
}
