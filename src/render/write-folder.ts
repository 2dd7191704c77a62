import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
} from 'node:fs';
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

/** Thrown when the target folder was filled by another run while this one was writing. */
export class TargetTaken extends Error {
  constructor(readonly target: string) {
    super(`"${target}" was written by another run`);
  }
}

/**
 * Temporary folders being filled, with the parent folders made for them, removed by
 * `abandonPendingWrites` when the run is stopped.
 */
const pending = new Map<string, string | undefined>();

/**
 * Removes the folders made to hold `from`, from the innermost up to `madeParent`, as long as
 * they are empty: another run (a batch worker) may have put its package there meanwhile.
 */
function removeEmptyParents(from: string, madeParent: string): void {
  for (let dir = from; dir.startsWith(madeParent); dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
    if (dir === madeParent) return;
  }
}

/** Removes a temporary folder, and the empty folders made to hold it when nothing was moved in. */
function discard(tmp: string, madeParent: string | undefined, committed: boolean): void {
  rmSync(tmp, { recursive: true, force: true });
  if (madeParent && !committed) removeEmptyParents(dirname(tmp), madeParent);
}

/** A temporary folder of another kind (a letter's), removed too if the run is stopped. */
export function trackTemporary(dir: string): void {
  pending.set(dir, undefined);
}

/** The folder is gone or kept: no longer the business of `abandonPendingWrites`. */
export function untrackTemporary(dir: string): void {
  pending.delete(dir);
}

/**
 * Process groups started to fill a temporary folder (LibreOffice runs in a group of its own,
 * which Ctrl+C in the terminal does not reach), stopped by `abandonPendingWrites`.
 */
const running = new Set<number>();

/** A child started with `detached: true`, whose whole group is stopped if the run is. */
export function trackProcessGroup(pid: number): void {
  running.add(pid);
}

/** The group has ended: no longer the business of `abandonPendingWrites`. */
export function untrackProcessGroup(pid: number): void {
  running.delete(pid);
}

/**
 * Stops every process group still running, then removes every temporary folder still being
 * filled. The CLI calls it on SIGINT and SIGTERM, before exiting: `out` itself is only ever
 * changed in one synchronous step, which a signal handler cannot interrupt, so removing the
 * temporary folder is all it takes to leave `out` as it was.
 */
export function abandonPendingWrites(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  running.clear();
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

/** Renames `tmp` to `target`; a non-empty `target` (another run's package) is TargetTaken. */
function renameOnto(tmp: string, target: string): void {
  try {
    renameSync(tmp, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') throw new TargetTaken(target);
    throw err;
  }
}

/**
 * Puts the complete folder `tmp` in place of `target`. Without `force`, only a missing or empty
 * `target` is replaced, by one rename that fails if another run filled it since the check at the
 * start. With `force`, entries of `target` that `tmp` does not have are copied into `tmp` first
 * (the old folder is untouched until then), then two renames swap the folders. Synchronous on
 * purpose (see abandonPendingWrites).
 */
function commit(target: string, tmp: string, force: boolean): void {
  if (!force || !existsSync(target)) {
    renameOnto(tmp, target);
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
 * (--force), the new files replace those of the same name and the other entries are kept;
 * without it, an `out` that another run filled meanwhile is left alone (TargetTaken).
 */
export async function writeFolderAtomically(
  out: string,
  fill: (dir: string) => Promise<void>,
  force = false,
): Promise<void> {
  const target = resolve(out);
  // The folders made for --out are removed again if nothing is written into them.
  const madeParent = mkdirSync(dirname(target), { recursive: true });
  // A name of its own, even for two writes of the same package in one process.
  const tmp = mkdtempSync(join(dirname(target), `.${basename(target)}.tmp-${process.pid}-`));
  pending.set(tmp, madeParent);
  let committed = false;
  try {
    await fill(tmp);
    await holdForTests(tmp);
    commit(target, tmp, force);
    committed = true;
  } finally {
    discard(tmp, madeParent, committed);
    pending.delete(tmp);
  }
}
