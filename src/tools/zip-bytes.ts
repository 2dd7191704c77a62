import PizZip from 'pizzip';
import { constants, deflateRawSync } from 'node:zlib';
import { writeZip } from './zip-write';

/** PizZip's compression methods (JSZip 2: PizZip.compressions is where a program adds its own). */
interface Compression {
  readonly magic: string;
  compress(input: Uint8Array, options: { level?: number }): Uint8Array;
}

/** PizZip's DEFLATE with Node's zlib as compressor, registered under a name of its own. */
const NODE_DEFLATE = 'NODE_DEFLATE';

function nodeDeflate(): string {
  const methods = (PizZip as unknown as { compressions: Record<string, Compression> }).compressions;
  // Everything but the compressor is PizZip's own DEFLATE's: the same method number, so a reader
  // sees an ordinary deflated entry, and an entry read from a deflated zip is copied as it was.
  methods[NODE_DEFLATE] ??= {
    ...methods.DEFLATE!,
    compress: (input, options) =>
      deflateRawSync(input, { level: options.level || constants.Z_DEFAULT_COMPRESSION }),
  };
  return NODE_DEFLATE;
}

/**
 * The zip as bytes, every entry deflated. PizZip's own DEFLATE runs pako, zlib written in
 * JavaScript; Node's zlib does the same work in C, several times faster (about 0,1 s of the CPU
 * of one `tthc build`, docs/performance.md). PizZip still reads zips with pako: it picks the
 * first method of its list with the entry's number, and that is its own DEFLATE. The zip itself
 * is written by `writeZip`, the bytes PizZip would write, without its CRCs and copies in
 * JavaScript; what `writeZip` leaves (a name outside ASCII…) PizZip writes.
 */
export function zipBytes(zip: PizZip): Buffer {
  return writeZip(zip) ?? pizZipBytes(zip);
}

/** The same zip written by PizZip itself, with Node's zlib as its compressor. */
export function pizZipBytes(zip: PizZip): Buffer {
  return zip.generate({ type: 'nodebuffer', compression: nodeDeflate() as 'DEFLATE' });
}
