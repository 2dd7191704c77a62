import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { announce, withoutStop } from './stop-channel';
import { describeForeign, foreignEntries, recordFolder } from './written-files';

export { recordFiles } from './written-files';

/**
 * Why `out` cannot receive the files, or undefined when it can: it must be missing, an
 * empty folder, or (with force) a folder holding only files tthc wrote there and nobody
 * changed since (its list, written-files.ts). The official's own files are never replaced:
 * the message names them.
 */
export function checkTarget(out: string, force: boolean): string | undefined {
  if (!existsSync(out)) return undefined;
  let entries: string[];
  try {
    entries = readdirSync(out);
  } catch {
    return `"${out}" không phải là thư mục.`;
  }
  if (entries.length === 0) return undefined;
  if (!force) return `Thư mục "${out}" đã có tệp. Chọn thư mục khác hoặc thêm --force để ghi đè.`;
  const foreign = foreignEntries(out);
  if (foreign.length === 0) return undefined;
  return `Thư mục "${out}" có ${describeForeign(foreign)} không do tthc ghi. --force chỉ thay các tệp do tthc ghi; hãy chuyển các mục trên ra chỗ khác (hoặc chọn thư mục khác) rồi chạy lại. Không có tệp nào được ghi.`;
}

/**
 * Thrown when the target folder was filled by another run while this one was writing, or
 * (with --force) received a file of the official's.
 */
export class TargetTaken extends Error {
  constructor(readonly target: string) {
    super(
      `Thư mục "${target}" vừa có tệp của một lần chạy khác hoặc của người dùng trong lúc lập; không có tệp nào được ghi.`,
    );
  }
}

/**
 * Why some files cannot be written into the folder `out` that other files share (a letter
 * into output/cong-van), or undefined when they can: each must be absent, or (with force)
 * written there by tthc and unchanged since.
 */
export function checkFiles(
  out: string,
  names: readonly string[],
  force: boolean,
): string | undefined {
  const existing = names.filter((n) => existsSync(join(out, n)));
  if (existing.length === 0) return undefined;
  if (!force) return `Tệp "${join(out, existing[0]!)}" đã có. Thêm --force để ghi đè.`;
  const foreign = existsSync(out) ? foreignEntries(out, existing) : [];
  if (foreign.length === 0) return undefined;
  return `Thư mục "${out}" có ${describeForeign(foreign)} không do tthc ghi (hoặc đã được sửa). --force chỉ thay các tệp do tthc ghi; hãy đổi tên hoặc chuyển tệp đó ra chỗ khác rồi chạy lại. Không có tệp nào được ghi.`;
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

/** Remembers a temporary folder being filled, here and in the thread that watches the run. */
function track(dir: string, madeParent: string | undefined): void {
  pending.set(dir, madeParent);
  announce({ tthcStop: 'folder', path: dir, madeParent, add: true });
}

function untrack(dir: string): void {
  pending.delete(dir);
  announce({ tthcStop: 'folder', path: dir, add: false });
}

/** A temporary folder of another kind (a letter's), removed too if the run is stopped. */
export function trackTemporary(dir: string): void {
  track(dir, undefined);
}

/** The folder is gone or kept: no longer the business of `abandonPendingWrites`. */
export function untrackTemporary(dir: string): void {
  untrack(dir);
}

/**
 * Process groups started to fill a temporary folder (LibreOffice runs in a group of its own,
 * which Ctrl+C in the terminal does not reach), stopped by `abandonPendingWrites`.
 */
const running = new Set<number>();

/** A child started with `detached: true`, whose whole group is stopped if the run is. */
export function trackProcessGroup(pid: number): void {
  running.add(pid);
  announce({ tthcStop: 'group', pid, add: true });
}

/** The group has ended: no longer the business of `abandonPendingWrites`. */
export function untrackProcessGroup(pid: number): void {
  running.delete(pid);
  announce({ tthcStop: 'group', pid, add: false });
}

/**
 * Removes a temporary folder a stopped run left, and the empty folders made to hold it: what
 * `abandonPendingWrites` does in the run's own thread, done by the thread that watched it.
 */
export function discardAbandoned(tmp: string, madeParent: string | undefined): void {
  discard(tmp, madeParent, false);
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
 * start. With `force`, `target` is replaced only while it holds nothing but files tthc wrote and
 * nobody changed (checked again here, just before): two renames swap the folders, and the new
 * one takes the old one's permissions. Synchronous on purpose (see abandonPendingWrites).
 */
function commit(target: string, tmp: string, force: boolean): void {
  // An existing folder keeps its permissions (a shared folder stays shared).
  if (existsSync(target)) chmodSync(tmp, statSync(target).mode & 0o7777);
  if (!force || !existsSync(target) || readdirSync(target).length === 0) {
    renameOnto(tmp, target);
    return;
  }
  if (foreignEntries(target).length > 0) throw new TargetTaken(target);
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
 * failure or an interruption part-way leaves `out` exactly as it was. The folder keeps the list
 * of what was written (written-files.ts). With an existing `out` (--force), the new package
 * replaces the old one only if the old one holds nothing but what tthc wrote; otherwise, as
 * when another run filled `out` meanwhile without --force, it is left alone (TargetTaken).
 */
export async function writeFolderAtomically(
  out: string,
  fill: (dir: string) => Promise<void>,
  force = false,
): Promise<void> {
  const target = resolve(out);
  // The folders made for --out are removed again if nothing is written into them.
  const madeParent = mkdirSync(dirname(target), { recursive: true });
  // A name of its own, even for two writes of the same package in one process. Made with the
  // usual permissions (mkdtemp would make it private, and the package with it).
  const tmp = join(
    dirname(target),
    `.${basename(target)}.tmp-${process.pid}-${randomBytes(3).toString('hex')}`,
  );
  // Known before it exists: a stop between the two would leave it behind.
  track(tmp, madeParent);
  let committed = false;
  try {
    mkdirSync(tmp);
    await fill(tmp);
    recordFolder(tmp);
    await holdForTests(tmp);
    withoutStop(() => commit(target, tmp, force));
    committed = true;
  } finally {
    discard(tmp, madeParent, committed);
    untrack(tmp);
  }
}
