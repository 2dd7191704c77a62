import { Inflate } from 'pako';
import { formatCount, formatMegabytes } from '../format';
import {
  MAX_ZIP_ENTRIES,
  MAX_ZIP_ENTRY_BYTES,
  MAX_ZIP_RATIO,
  MAX_ZIP_TOTAL_BYTES,
  RATIO_CHECKED_FROM_BYTES,
} from './zip-limits';

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

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressed: number;
  readonly size: number;
  readonly headerOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compound File (OLE2) signature: Excel 97–2003 .xls, and password-protected .xlsx. */
const OLE2 = Buffer.from('d0cf11e0a1b11ae1', 'hex');

function endRecord(b: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--)
    if (b.readUInt32LE(i) === EOCD) return i;
  return -1;
}

function centralDirectory(b: Buffer): Entry[] | ZipRefusal {
  const end = endRecord(b);
  if (end < 0) return { kind: 'corrupt' };
  const count = b.readUInt16LE(end + 10);
  const offset = b.readUInt32LE(end + 16);
  // ZIP64 markers: more than 65,535 entries or 4 GB; no dataset workbook comes near that.
  if (count === 0xffff || offset === 0xffffffff)
    return { kind: 'limit', what: 'entries', value: count, limit: MAX_ZIP_ENTRIES };
  if (count > MAX_ZIP_ENTRIES)
    return { kind: 'limit', what: 'entries', value: count, limit: MAX_ZIP_ENTRIES };
  const entries: Entry[] = [];
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

function declaredLimits(entries: readonly Entry[]): ZipRefusal | undefined {
  let total = 0;
  for (const e of entries) {
    if (e.size > MAX_ZIP_ENTRY_BYTES)
      return {
        kind: 'limit',
        what: 'entry',
        entry: e.name,
        value: e.size,
        limit: MAX_ZIP_ENTRY_BYTES,
      };
    const ratio = e.size / Math.max(1, e.compressed);
    if (e.size >= RATIO_CHECKED_FROM_BYTES && ratio > MAX_ZIP_RATIO)
      return {
        kind: 'limit',
        what: 'ratio',
        entry: e.name,
        value: Math.round(ratio),
        limit: MAX_ZIP_RATIO,
      };
    total += e.size;
  }
  if (total > MAX_ZIP_TOTAL_BYTES)
    return { kind: 'limit', what: 'total', value: total, limit: MAX_ZIP_TOTAL_BYTES };
  return undefined;
}

const OVER_CEILING = new Error('inflated past its ceiling');

/**
 * The inflated size of raw deflate data, counted chunk by chunk and stopped as soon as it
 * passes `ceiling` ('over'), so that a bomb never fills the memory; null when the data is
 * damaged or ends early.
 */
function inflatedSize(data: Uint8Array, ceiling: number): number | 'over' | null {
  const inflator = new Inflate({ raw: true, chunkSize: 64 * 1024 });
  let size = 0;
  inflator.onData = (chunk) => {
    // Without the option `to: 'string'`, pako hands out bytes.
    size += (chunk as Uint8Array).length;
    if (size > ceiling) throw OVER_CEILING;
  };
  try {
    return inflator.push(data, true) ? size : null;
  } catch (err) {
    if (err === OVER_CEILING) return 'over';
    return null;
  }
}

/** The true size of an entry, inflated with its declared size as a hard ceiling. */
function actualSize(b: Buffer, e: Entry): ZipRefusal | undefined {
  const h = e.headerOffset;
  if (h + 30 > b.length || b.readUInt32LE(h) !== LOCAL) return { kind: 'corrupt' };
  const start = h + 30 + b.readUInt16LE(h + 26) + b.readUInt16LE(h + 28);
  const data = b.subarray(start, start + e.compressed);
  if (data.length < e.compressed) return { kind: 'corrupt' };
  let size: number;
  if (e.method === 0) size = data.length;
  else if (e.method === 8) {
    const inflated = inflatedSize(data, Math.max(1, e.size));
    if (inflated === 'over')
      return { kind: 'limit', what: 'lie', entry: e.name, value: e.size + 1, limit: e.size };
    if (inflated === null) return { kind: 'corrupt' };
    size = inflated;
  } else return { kind: 'corrupt' };
  if (size !== e.size)
    return { kind: 'limit', what: 'lie', entry: e.name, value: size, limit: e.size };
  return undefined;
}

/**
 * Inflates each entry with its declared size as a hard ceiling: an archive that lies about its
 * sizes (to slip past the checks above) stops at the ceiling instead of filling the memory.
 * With `pastDamage`, a damaged entry does not stop the search for a lie in the others (the
 * reader then names the damaged part).
 */
function actualSizes(
  b: Buffer,
  entries: readonly Entry[],
  pastDamage = false,
): ZipRefusal | undefined {
  for (const e of entries) {
    const r = actualSize(b, e);
    if (r && (r.kind === 'limit' || !pastDamage)) return r;
  }
  return undefined;
}

/** What a file that is not a zip looks like, to tell the official what to do with it. */
function notZip(b: Buffer): ZipRefusal {
  if (b.length === 0) return { kind: 'empty' };
  if (b.length >= 4 && b.readUInt32LE(0) === LOCAL) return { kind: 'corrupt' };
  if (b.subarray(0, 8).equals(OLE2)) return { kind: 'legacy' };
  const head = b.subarray(0, 4096);
  // Text (a CSV or an HTML page saved with an .xlsx name) has no NUL bytes.
  if (!head.includes(0)) return { kind: 'text' };
  return { kind: 'corrupt' };
}

/**
 * Checks the bytes of an .xlsx before any of it is unpacked: a zip, with the parts of a workbook,
 * within the limits of `zip-limits.ts` (entry count, sizes, compression ratio), and with sizes
 * that are true. Returns undefined when the workbook may be opened.
 */
export function checkWorkbookZip(b: Buffer): ZipRefusal | undefined {
  if (b.length < 22 || b.readUInt32LE(0) !== LOCAL) return notZip(b);
  const entries = centralDirectory(b);
  if (!Array.isArray(entries)) return entries;
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml'))
    return { kind: 'not-workbook' };
  return declaredLimits(entries) ?? actualSizes(b, entries);
}

/**
 * Checks the bytes of a .docx before it is unpacked, with the limits of a workbook: a zip bomb
 * given to `tthc audit` or `tthc check-format` is refused instead of filling the memory. Bytes
 * that are no zip at all, or a damaged entry, pass (undefined): the Word readers say so in their
 * own words. A directory this guard cannot read is 'corrupt', since it cannot vouch for it.
 */
export function checkDocxZip(b: Buffer): ZipRefusal | undefined {
  if (endRecord(b) < 0) return undefined;
  const entries = centralDirectory(b);
  if (!Array.isArray(entries)) return entries;
  return declaredLimits(entries) ?? actualSizes(b, entries, true);
}

const LIMIT_WORDS = {
  entries: 'số tệp con',
  entry: 'dung lượng giải nén của một phần',
  total: 'tổng dung lượng giải nén',
  ratio: 'tỷ lệ nén',
  lie: 'dung lượng thật khác dung lượng khai báo',
} as const;

/**
 * A broken limit in words for a message: what was over (and in which part), its value and the
 * limit, in MB for sizes.
 * @example limitWords({ kind: 'limit', what: 'ratio', entry: 'word/document.xml', value: 1020, limit: 250 })
 * // { what: 'tỷ lệ nén (word/document.xml)', value: '1.020', limit: '250' }
 */
export function limitWords(r: Extract<ZipRefusal, { kind: 'limit' }>): {
  what: string;
  value: string;
  limit: string;
} {
  const show = (n: number) =>
    r.what === 'entries' || r.what === 'ratio' ? formatCount(n) : formatMegabytes(n);
  return {
    what: `${LIMIT_WORDS[r.what]}${r.entry ? ` (${r.entry})` : ''}`,
    value: show(r.value),
    limit: show(r.limit),
  };
}
