import {
  centralDirectory,
  inflateEntry,
  type EntryContent,
  type ZipEntry,
  type ZipRefusal,
} from './zip-entries';
import { MAX_ZIP_ENTRY_BYTES } from './zip-limits';

/** A zip opened for reading: its entries, each inflated once when first asked for. */
export interface ZipArchive {
  readonly entries: readonly ZipEntry[];
  /** The entry of a name, if the archive has one. */
  entry(name: string): ZipEntry | undefined;
  /**
   * An entry's content, inflated with its declared size as a ceiling; the bytes of XML parts
   * (.xml, .rels) are kept for the readers, other entries (images) only measured.
   */
  content(entry: ZipEntry): EntryContent;
}

/**
 * The archives opened last, found again by equal bytes: the build reads each Word file it wrote
 * twice (the read-back of its text or tables, then the check of its presentation, whose zip
 * guard inflates every entry), and inflating and parsing the parts is most of the cost of
 * either, the more so in a process that has just started. A copy of the bytes is kept, so a
 * caller changing its buffer afterwards changes nothing; at most `RECENT_ARCHIVES` archives and
 * `RECENT_BYTES` of inflated parts are kept, and an archive whose parts alone pass that is not
 * kept at all (a national annex).
 */
const RECENT_ARCHIVES = 8;
const RECENT_BYTES = 4 * 1024 * 1024;
const recent: { readonly bytes: Buffer; readonly zip: ZipArchive; readonly kept: () => number }[] =
  [];

/** Lets an archive go: it still serves whoever holds it, but is not found again. */
function forget(zip: ZipArchive): void {
  const at = recent.findIndex((r) => r.zip === zip);
  if (at >= 0) recent.splice(at, 1);
}

/** Keeps an archive (with its own copy of the bytes), letting the oldest go past the limits. */
function remember(bytes: Buffer, zip: ZipArchive, kept: () => number): void {
  recent.push({ bytes, zip, kept });
  let total = recent.reduce((sum, r) => sum + r.kept(), 0);
  while (recent.length > 1 && (recent.length > RECENT_ARCHIVES || total > RECENT_BYTES))
    total -= recent.shift()!.kept();
}

const isPart = (name: string) => /\.(xml|rels)$/i.test(name);

/**
 * Opens a zip from its central directory (nothing is inflated yet), or says why it cannot be
 * read. The same bytes opened again soon after give the same archive, entries already inflated.
 */
export function openZip(bytes: Buffer): ZipArchive | ZipRefusal {
  const known = recent.find((r) => r.bytes.equals(bytes));
  if (known) return known.zip;
  const entries = centralDirectory(bytes);
  if (!Array.isArray(entries)) return entries;
  const copy = Buffer.from(bytes);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const contents = new Map<ZipEntry, EntryContent>();
  let kept = 0;
  const zip: ZipArchive = {
    entries,
    entry: (name) => byName.get(name),
    content: (e) => {
      let c = contents.get(e);
      if (!c) {
        // A part declaring more than any part may hold is not inflated, whoever asks.
        c =
          e.size > MAX_ZIP_ENTRY_BYTES
            ? { refusal: { kind: 'corrupt' } }
            : inflateEntry(copy, e, isPart(e.name));
        contents.set(e, c);
        if ('data' in c && c.data) kept += c.data.length;
        // A document too large to keep (a national annex) is let go at once.
        if (kept > RECENT_BYTES) forget(zip);
      }
      return c;
    },
  };
  remember(copy, zip, () => kept);
  return zip;
}
