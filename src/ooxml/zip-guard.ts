import { formatCount, formatMegabytes } from '../format';
import { openZip } from './zip-archive';
import {
  centralDirectory,
  endRecord,
  inflateEntry,
  LOCAL,
  type EntryContent,
  type ZipEntry,
  type ZipRefusal,
} from './zip-entries';
import {
  MAX_ZIP_ENTRY_BYTES,
  MAX_ZIP_RATIO,
  MAX_ZIP_TOTAL_BYTES,
  RATIO_CHECKED_FROM_BYTES,
} from './zip-limits';

/** Compound File (OLE2) signature: Excel 97–2003 .xls, and password-protected .xlsx. */
const OLE2 = Buffer.from('d0cf11e0a1b11ae1', 'hex');

function declaredLimits(entries: readonly ZipEntry[]): ZipRefusal | undefined {
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

/**
 * Inflates each entry with its declared size as a hard ceiling (`inflateEntry`): an archive
 * that lies about its sizes (to slip past the checks above) stops at the ceiling instead of
 * filling the memory. With `pastDamage`, a damaged entry does not stop the search for a lie in
 * the others (the reader then names the damaged part).
 */
function actualSizes(
  entries: readonly ZipEntry[],
  content: (e: ZipEntry) => EntryContent,
  pastDamage = false,
): ZipRefusal | undefined {
  for (const e of entries) {
    const c = content(e);
    if ('refusal' in c && (c.refusal.kind === 'limit' || !pastDamage)) return c.refusal;
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
  return declaredLimits(entries) ?? actualSizes(entries, (e) => inflateEntry(b, e, false));
}

/**
 * Checks the bytes of a .docx before it is unpacked, with the limits of a workbook: a zip bomb
 * given to `tthc audit` or `tthc check-format` is refused instead of filling the memory. Bytes
 * that are no zip at all, or a damaged entry, pass (undefined): the Word readers say so in their
 * own words. A directory this guard cannot read is 'corrupt', since it cannot vouch for it.
 */
export function checkDocxZip(b: Buffer): ZipRefusal | undefined {
  if (endRecord(b) < 0) return undefined;
  // The archive the readers open next: the parts inflated here are not inflated again.
  const zip = openZip(b);
  if ('kind' in zip) return zip;
  return declaredLimits(zip.entries) ?? actualSizes(zip.entries, zip.content, true);
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
