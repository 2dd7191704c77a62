import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
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
 * Temporary folders being filled, with the parent folders made for them, removed by
 * `abandonPendingWrites` when the run is stopped.
 */
const pending = new Map<string, string | undefined>();

/** Removes a temporary folder, and the folders made to hold it when nothing was moved in. */
function discard(tmp: string, madeParent: string | undefined, committed: boolean): void {
  rmSync(tmp, { recursive: true, force: true });
  if (madeParent && !committed) rmSync(madeParent, { recursive: true, force: true });
}

/**
 * Removes every temporary folder still being filled. The CLI calls it on SIGINT and SIGTERM,
 * before exiting: `out` itself is only ever changed in one synchronous step, which a signal
 * handler cannot interrupt, so removing the temporary folder is all it takes to leave `out`
 * as it was.
 */
export function abandonPendingWrites(): void {
  for (const [tmp, madeParent] of pending) discard(tmp, madeParent, false);
  pending.clear();
}

/**
 * Test hook: with TTHC_TEST_HOLD_BEFORE_COMMIT=<ms>, waits that long once the temporary
 * folder is complete, after saying so on stderr, so a test can interrupt a build at the worst
 * moment deterministically. Unset in normal use.
 */
async function holdForTests(tmp: string): Promise<void> {
  const ms = Number(process.env.TTHC_TEST_HOLD_BEFORE_COMMIT ?? 0);
  if (!(ms > 0)) return;
  process.stderr.write(`TTHC_TEST_HOLD ${tmp}\n`);
  await new Promise((done) => setTimeout(done, ms));
}

/**
 * Replaces `target` by the complete folder `tmp`: entries of `target` that `tmp` does not
 * have are copied into `tmp` first (the old folder is untouched until then), then two renames
 * swap the folders. Synchronous on purpose (see abandonPendingWrites).
 */
function commit(target: string, tmp: string): void {
  if (!existsSync(target)) {
    renameSync(tmp, target);
    return;
  }
  for (const name of readdirSync(target))
    if (!existsSync(join(tmp, name)))
      cpSync(join(target, name), join(tmp, name), { recursive: true, preserveTimestamps: true });
  const old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);
  rmSync(old, { recursive: true, force: true });
  renameSync(target, old);
  try {
    renameSync(tmp, target);
  } catch (err) {
    renameSync(old, target);
    throw err;
  }
  rmSync(old, { recursive: true, force: true });
}

/**
 * Lets `fill` write into a temporary sibling of `out`, then moves the result into place, so a
 * failure or an interruption part-way leaves `out` exactly as it was. With an existing `out`
 * (--force), the new files replace those of the same name and the other entries are kept.
 */
export async function writeFolderAtomically(
  out: string,
  fill: (dir: string) => Promise<void>,
): Promise<void> {
  const target = resolve(out);
  const tmp = join(dirname(target), `.${basename(target)}.tmp-${process.pid}`);
  if (existsSync(tmp)) rmSync(tmp, { recursive: true, force: true });
  // The folders made for --out are removed again if nothing is written into them.
  const madeParent = mkdirSync(dirname(target), { recursive: true });
  pending.set(tmp, madeParent);
  let committed = false;
  try {
    mkdirSync(tmp);
    await fill(tmp);
    await holdForTests(tmp);
    commit(target, tmp);
    committed = true;
  } finally {
    discard(tmp, madeParent, committed);
    pending.delete(tmp);
  }
}
