import { createHash } from 'node:crypto';
import {
  closeSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/**
 * The list of the files tthc wrote into a folder, with a fingerprint of each, kept in the
 * folder itself. `--force` replaces what is on this list and unchanged since; anything else (a
 * signed scan the official saved there, a report edited by hand) is the official's.
 */
export const WRITTEN_FILES = '.tthc-tep-da-ghi.json';

/** Largest list read back: a package has a dozen files. */
const MAX_LIST_BYTES = 1024 * 1024;

interface WrittenList {
  readonly tool: 'tthc';
  /** File name (relative, "/" between folders) → SHA-256 of its bytes. */
  readonly files: Readonly<Record<string, string>>;
}

function sha256(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    // Only the bytes read are hashed: the buffer need not be zeroed first (1 MB a file, each
    // build hashes all it wrote).
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer))
      hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** Every regular file under `dir` (not the list itself), as relative names. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const name = prefix ? `${prefix}/${e.name}` : e.name;
    if (name === WRITTEN_FILES) return [];
    if (e.isDirectory()) return filesUnder(dir, name);
    return e.isFile() ? [name] : [];
  });
}

/** The list of a folder, or null when it has none (or one that is not ours). */
function readList(dir: string): WrittenList | null {
  try {
    const path = join(dir, WRITTEN_FILES);
    if (statSync(path).size > MAX_LIST_BYTES) return null;
    const list = JSON.parse(readFileSync(path, 'utf8')) as Partial<WrittenList>;
    if (list?.tool !== 'tthc' || typeof list.files !== 'object' || list.files === null) return null;
    return { tool: 'tthc', files: { ...list.files } };
  } catch {
    return null;
  }
}

/** Writes the list atomically (a half-written list would make every file look foreign). */
function writeList(dir: string, files: Record<string, string>): void {
  const path = join(dir, WRITTEN_FILES);
  const part = `${path}.${process.pid}.part`;
  writeFileSync(part, `${JSON.stringify({ tool: 'tthc', files }, null, 2)}\n`);
  renameSync(part, path);
}

/** Records every file of a folder tthc has just filled (the package in its temporary folder). */
export function recordFolder(dir: string): void {
  const files: Record<string, string> = {};
  for (const name of filesUnder(dir).sort()) files[name] = sha256(join(dir, name));
  writeList(dir, files);
}

/** Adds files tthc has just written into a shared folder (a letter into output/cong-van). */
export function recordFiles(dir: string, names: readonly string[]): void {
  const files: Record<string, string> = { ...(readList(dir)?.files ?? {}) };
  for (const name of names) files[name] = sha256(join(dir, name));
  writeList(dir, files);
}

/** An entry of a folder that tthc did not write, or wrote and someone changed since. */
export interface ForeignEntry {
  readonly name: string;
  readonly changed: boolean;
}

/**
 * The entries of `dir` that `--force` must not replace: those not on its list, and those on
 * it whose bytes changed since. `only` limits the question to some names (a letter's files in a
 * folder shared with others). Subfolders are named whole ("scan/").
 */
export function foreignEntries(dir: string, only?: readonly string[]): ForeignEntry[] {
  const list = readList(dir)?.files ?? {};
  const names = only ?? readdirSync(dir).filter((n) => n !== WRITTEN_FILES);
  const foreign: ForeignEntry[] = [];
  for (const name of names) {
    let stat;
    try {
      stat = lstatSync(join(dir, name));
    } catch {
      continue;
    }
    if (stat.isDirectory()) {
      const inside = filesUnder(dir, name);
      const ours = inside.length > 0 && inside.every((f) => list[f] === sha256(join(dir, f)));
      if (!ours) foreign.push({ name: `${name}/`, changed: false });
      continue;
    }
    const recorded = list[name];
    if (!stat.isFile() || recorded === undefined) foreign.push({ name, changed: false });
    else if (recorded !== sha256(join(dir, name))) foreign.push({ name, changed: true });
  }
  return foreign.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Names shown in a message: at most this many, then how many more. */
const SHOWN = 5;

/**
 * "ghi-chu.txt, scan/, bao-cao.docx (đã sửa sau khi tthc ghi) và 3 mục khác": the entries a
 * message names.
 * @example describeForeign([{ name: 'ky.pdf', changed: false }]) // '"ky.pdf"'
 */
export function describeForeign(entries: readonly ForeignEntry[]): string {
  const shown = entries
    .slice(0, SHOWN)
    .map((e) => `"${e.name}"${e.changed ? ' (đã sửa sau khi tthc ghi)' : ''}`)
    .join(', ');
  const more = entries.length - SHOWN;
  return more > 0 ? `${shown} và ${more} mục khác` : shown;
}
