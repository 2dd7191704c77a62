import * as zlib from 'node:zlib';
import type PizZip from 'pizzip';

/**
 * What PizZip keeps of an entry (its ZipObject, pizzip/js/object.js): the parts its `generate`
 * reads, which are not in its types.
 */
interface Entry {
  readonly name: string;
  readonly dir: boolean;
  readonly date: Date;
  readonly comment?: string | null;
  readonly unixPermissions?: number | null;
  readonly dosPermissions?: number | null;
  readonly _data: unknown;
  readonly _initialMetadata: { readonly dir: boolean; readonly date: Date };
  readonly options: {
    readonly dir: boolean;
    readonly date: Date;
    readonly binary?: boolean;
    readonly compression?: string | null;
    readonly compressionOptions?: unknown;
  };
}

/** An entry as read from a zip and not changed since: its bytes still deflated (or stored). */
interface Compressed {
  readonly compressionMethod: string;
  readonly crc32: number;
  readonly uncompressedSize: number;
  readonly getCompressedContent: () => unknown;
  readonly getContent: () => unknown;
}

const METHOD = { STORE: 0, DEFLATE: 8 } as const;
/** PizZip's names of the two methods: two bytes, little-endian. */
const MAGIC: Record<string, number> = { '\x00\x00': METHOD.STORE, '\x08\x00': METHOD.DEFLATE };

const isCompressed = (data: unknown): data is Compressed =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as Compressed).getCompressedContent === 'function' &&
  typeof (data as Compressed).crc32 === 'number';

const isAscii = (text: string) => !/[^\x20-\x7e]/.test(text);

/** An entry's name, method, CRC, sizes and bytes as they go into the zip. */
interface Part {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly bytes: Uint8Array;
  readonly date: Date;
  /** The external attributes of the central record. */
  readonly attributes: number;
}

const bytesOf = (content: unknown, binary: boolean): Uint8Array | null => {
  if (typeof content === 'string') return Buffer.from(content, binary ? 'latin1' : 'utf8');
  if (content instanceof Uint8Array) return content;
  return null;
};

/**
 * The entry as PizZip's `generate` writes it with every entry deflated (object.js,
 * generateCompressedObjectFrom), or null for what this writer leaves to PizZip.
 */
function partOf(entry: Entry): Part | null {
  const o = entry.options;
  const own = o.compression || o.compressionOptions;
  if (own || entry.comment) return null;
  // PizZip reads `dir` and `date` from the entry unless only the old `options` changed them.
  const dir = entry._initialMetadata.dir !== entry.dir ? entry.dir : o.dir;
  const date = entry._initialMetadata.date !== entry.date ? entry.date : o.date;
  // The DOS attributes: PizZip's DOS platform writes these and not the Unix permissions.
  const attributes = (dir ? 0x10 : 0) | ((entry.dosPermissions ?? 0) & 0x3f);
  const part = { name: entry.name, date, attributes };
  const data = entry._data;
  if (isCompressed(data)) {
    const stored = MAGIC[data.compressionMethod];
    if (stored === undefined) return null;
    if (data.uncompressedSize === 0 || entry.dir) {
      const size = data.uncompressedSize;
      return { ...part, method: METHOD.STORE, crc: 0, size, bytes: new Uint8Array(0) };
    }
    // Deflated already: copied as it is; stored (exceljs's workbooks): deflated now.
    const deflated = stored === METHOD.DEFLATE;
    const bytes = bytesOf(deflated ? data.getCompressedContent() : data.getContent(), true);
    if (!bytes) return null;
    const out = deflated ? bytes : zlib.deflateRawSync(bytes);
    const method = METHOD.DEFLATE;
    return { ...part, method, crc: data.crc32, size: data.uncompressedSize, bytes: out };
  }
  const content =
    data === null || data === undefined ? new Uint8Array(0) : bytesOf(data, !!o.binary);
  if (!content) return null;
  if (content.length === 0 || entry.dir)
    return { ...part, method: METHOD.STORE, crc: 0, size: 0, bytes: new Uint8Array(0) };
  return {
    ...part,
    method: METHOD.DEFLATE,
    crc: zlib.crc32(content),
    size: content.length,
    bytes: zlib.deflateRawSync(content),
  };
}

/**
 * PizZip's DOS time and date: local time, as its `generate` takes them, cut to two bytes as it
 * cuts them (a year before 1980 too).
 */
function dosStamp(d: Date): { time: number; date: number } {
  const time = (((d.getHours() << 6) | d.getMinutes()) << 5) | (d.getSeconds() / 2);
  const date = ((((d.getFullYear() - 1980) << 4) | (d.getMonth() + 1)) << 5) | d.getDate();
  return { time: time & 0xffff, date: date & 0xffff };
}

/**
 * The zip PizZip's `generate({ compression: 'DEFLATE' })` writes, byte for byte, with Node's
 * zlib for the deflating and the CRC (docs/performance.md): PizZip computes each CRC and copies
 * each part's bytes in JavaScript. Returns null for what only PizZip writes (a name or comment
 * outside printable ASCII, an entry's own method, a Node without `zlib.crc32`): the
 * caller then asks PizZip.
 */
export function writeZip(zip: PizZip): Buffer | null {
  if (typeof zlib.crc32 !== 'function') return null;
  if ((zip as unknown as { comment?: string | null }).comment) return null;
  const files = zip.files as unknown as Record<string, Entry>;
  const parts: Part[] = [];
  for (const name of Object.keys(files)) {
    if (!Object.prototype.hasOwnProperty.call(files, name)) continue;
    const entry = files[name]!;
    if (!isAscii(entry.name)) return null;
    const part = partOf(entry);
    if (!part) return null;
    parts.push(part);
  }
  const locals: Uint8Array[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'latin1');
    const { time, date } = dosStamp(p.date);
    // The header shared by the local record and the central one (version needed 1.0, no flags).
    const header = Buffer.alloc(26);
    header.writeUInt16LE(0x000a, 0);
    header.writeUInt16LE(0, 2);
    header.writeUInt16LE(p.method, 4);
    header.writeUInt16LE(time, 6);
    header.writeUInt16LE(date, 8);
    header.writeUInt32LE(p.crc >>> 0, 10);
    header.writeUInt32LE(p.bytes.length, 14);
    header.writeUInt32LE(p.size, 18);
    header.writeUInt16LE(name.length, 22);
    header.writeUInt16LE(0, 24);
    const local = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), header, name]);
    const tail = Buffer.alloc(14);
    // Version made by: DOS, 2.0. Comment length, disk, internal attributes 0; the external
    // ones.
    tail.writeUInt16LE(0, 0);
    tail.writeUInt16LE(0, 2);
    tail.writeUInt16LE(0, 4);
    tail.writeUInt32LE(p.attributes, 6);
    tail.writeUInt32LE(offset, 10);
    const made = Buffer.alloc(2);
    made.writeUInt16LE(0x0014, 0);
    centrals.push(Buffer.concat([Buffer.from('PK\x01\x02', 'latin1'), made, header, tail, name]));
    locals.push(local, p.bytes);
    offset += local.length + p.bytes.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.write('PK\x05\x06', 0, 'latin1');
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
