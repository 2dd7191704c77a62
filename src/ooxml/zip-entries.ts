import { inflateRawSync } from 'node:zlib';
import { MAX_ZIP_ENTRIES } from './zip-limits';

/** Why the bytes of a would-be .xlsx (or .docx) are refused before a zip library sees them. */
export type ZipRefusal =
  | { readonly kind: 'empty' | 'text' | 'legacy' | 'corrupt' | 'not-workbook' }
  | {
      readonly kind: 'limit';
      readonly what: 'entries' | 'entry' | 'total' | 'ratio' | 'lie';
      readonly entry?: string;
      readonly value: number;
      readonly limit: number;
    };

/** An entry of a zip's central directory: name, compression method and the sizes it declares. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressed: number;
  readonly size: number;
  readonly headerOffset: number;
}

/** An entry inflated: its size and (when asked for) its bytes, or why it cannot be trusted. */
export type EntryContent =
  { readonly size: number; readonly data: Uint8Array | null } | { readonly refusal: ZipRefusal };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
/** The signature a zip starts with (its first local header). */
export const LOCAL = 0x04034b50;

/** Where the end-of-central-directory record starts, or -1 when the bytes have none. */
export function endRecord(b: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--)
    if (b.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** The entries of the central directory, or why it cannot be read. */
export function centralDirectory(b: Buffer): ZipEntry[] | ZipRefusal {
  const end = endRecord(b);
  if (end < 0) return { kind: 'corrupt' };
  const count = b.readUInt16LE(end + 10);
  const offset = b.readUInt32LE(end + 16);
  // ZIP64 markers: more than 65,535 entries or 4 GB; no dataset workbook comes near that.
  if (count === 0xffff || offset === 0xffffffff)
    return { kind: 'limit', what: 'entries', value: count, limit: MAX_ZIP_ENTRIES };
  if (count > MAX_ZIP_ENTRIES)
    return { kind: 'limit', what: 'entries', value: count, limit: MAX_ZIP_ENTRIES };
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== CENTRAL) return { kind: 'corrupt' };
    const nameLength = b.readUInt16LE(p + 28);
    entries.push({
      method: b.readUInt16LE(p + 10),
      compressed: b.readUInt32LE(p + 20),
      size: b.readUInt32LE(p + 24),
      headerOffset: b.readUInt32LE(p + 42),
      name: b.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return entries;
}

/**
 * Raw deflate data inflated by Node's zlib and stopped as soon as it passes `ceiling` ('over'),
 * so that a bomb never fills the memory; null when the data is damaged or ends early. With
 * `keep`, the bytes are returned.
 */
function inflateRaw(
  data: Uint8Array,
  ceiling: number,
  keep: boolean,
): { size: number; data: Uint8Array | null } | 'over' | null {
  let out: Buffer;
  try {
    // zlib inflates chunk by chunk and throws once the output passes maxOutputLength.
    out = inflateRawSync(data, { maxOutputLength: ceiling, chunkSize: 64 * 1024 });
  } catch (err) {
    return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'over' : null;
  }
  return { size: out.length, data: keep ? out : null };
}

/**
 * An entry's true content, inflated with its declared size as a hard ceiling: an entry that
 * lies about its size stops at the ceiling instead of filling the memory.
 */
export function inflateEntry(b: Buffer, e: ZipEntry, keep: boolean): EntryContent {
  const h = e.headerOffset;
  if (h + 30 > b.length || b.readUInt32LE(h) !== LOCAL) return { refusal: { kind: 'corrupt' } };
  const start = h + 30 + b.readUInt16LE(h + 26) + b.readUInt16LE(h + 28);
  const data = b.subarray(start, start + e.compressed);
  if (data.length < e.compressed) return { refusal: { kind: 'corrupt' } };
  let inflated: { size: number; data: Uint8Array | null };
  if (e.method === 0) inflated = { size: data.length, data: keep ? data : null };
  else if (e.method === 8) {
    const r = inflateRaw(data, Math.max(1, e.size), keep);
    if (r === 'over')
      return {
        refusal: { kind: 'limit', what: 'lie', entry: e.name, value: e.size + 1, limit: e.size },
      };
    if (r === null) return { refusal: { kind: 'corrupt' } };
    inflated = r;
  } else return { refusal: { kind: 'corrupt' } };
  if (inflated.size !== e.size)
    return {
      refusal: { kind: 'limit', what: 'lie', entry: e.name, value: inflated.size, limit: e.size },
    };
  return inflated;
}
