import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Why `out` cannot receive the files, or undefined when it can: it must be missing, an
 * empty folder, or (with force) any folder.
 */
export function checkTarget(out: string, force: boolean): string | undefined {
  if (!existsSync(out)) return undefined;
  let entries: string[];
  try {
    entries = readdirSync(out);
  } catch {
    return `"${out}" không phải là thư mục.`;
  }
  if (entries.length > 0 && !force)
    return `Thư mục "${out}" đã có tệp. Chọn thư mục khác hoặc thêm --force để ghi đè.`;
  return undefined;
}

/**
 * Lets `fill` write into a temporary sibling of `out`, then moves the result into place,
 * so a failure part-way leaves `out` as it was. With an existing non-empty `out` (--force),
 * the new files replace same-named ones one by one and other files are kept.
 */
export async function writeFolderAtomically(
  out: string,
  fill: (dir: string) => Promise<void>,
): Promise<void> {
  const target = resolve(out);
  const tmp = join(dirname(target), `.${basename(target)}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    await fill(tmp);
    if (existsSync(target) && readdirSync(target).length > 0) {
      for (const file of readdirSync(tmp)) renameSync(join(tmp, file), join(target, file));
      rmdirSync(tmp);
    } else {
      if (existsSync(target)) rmdirSync(target);
      renameSync(tmp, target);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
