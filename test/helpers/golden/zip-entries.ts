import { createHash } from 'node:crypto';
import PizZip from 'pizzip';

// The entries of a zip (.docx, .xlsx) read from its central directory, in the order written:
// names, the DOS date and time stamped on each, and a hash of each entry's content. Read
// here rather than through pizzip's `date`, which turns the DOS fields into a local-time Date
// and so would depend on the machine's time zone.

const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;

/** One entry of the zip's central directory. */
export interface ZipEntry {
  readonly name: string;
  /** "YYYY-MM-DD HH:MM:SS", as the DOS fields say (no time zone: DOS time has none). */
  readonly stamp: string;
  readonly directory: boolean;
  /** The uncompressed content, empty for a directory. */
  readonly content: Buffer;
}

const two = (n: number) => String(n).padStart(2, '0');

function dosStamp(date: number, time: number): string {
  const day = `${1980 + (date >> 9)}-${two((date >> 5) & 0x0f)}-${two(date & 0x1f)}`;
  return `${day} ${two(time >> 11)}:${two((time >> 5) & 0x3f)}:${two((time & 0x1f) * 2)}`;
}

/** Every entry of a zip, in central-directory order. */
export function zipEntries(bytes: Buffer): ZipEntry[] {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || bytes.readUInt32LE(end) !== END_SIG) throw new Error('not a zip file');
  const zip = new PizZip(bytes);
  const entries: ZipEntry[] = [];
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0, count = bytes.readUInt16LE(end + 10); i < count; i++) {
    if (bytes.readUInt32LE(at) !== CENTRAL_SIG) throw new Error('broken zip directory');
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const file = zip.file(name);
    const directory = name.endsWith('/');
    entries.push({
      name,
      stamp: dosStamp(bytes.readUInt16LE(at + 14), bytes.readUInt16LE(at + 12)),
      directory,
      content: directory || !file ? Buffer.alloc(0) : Buffer.from(file.asUint8Array()),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * The entry list as checked-in text, one line per entry in zip order: stamp, size, the first
 * 16 hex digits of the content's SHA-256, name. The hash makes the golden test byte-exact for
 * every part, including what the pretty-print of the XML forgets.
 */
export function entryListText(entries: readonly ZipEntry[]): string {
  return entries
    .map((e) =>
      e.directory
        ? `${e.stamp}  directory  ${e.name}`
        : `${e.stamp}  ${e.content.length} bytes  sha256 ${createHash('sha256').update(e.content).digest('hex').slice(0, 16)}  ${e.name}`,
    )
    .map((line) => line + '\n')
    .join('');
}

/** Entries whose content is XML (parts and relationships), the ones kept pretty-printed. */
export const isXmlPart = (e: ZipEntry): boolean => !e.directory && /\.(xml|rels)$/.test(e.name);
