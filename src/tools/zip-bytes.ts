import PizZip from 'pizzip';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * A compression method of PizZip (the JSZip 2 interface: PizZip.compressions is where a program
 * adds its own).
 */
interface Compression {
  readonly magic: string;
  compress(input: Uint8Array, options: { level?: number }): Uint8Array;
  uncompress(input: Uint8Array): Uint8Array;
  readonly compressInputType: string | null;
  readonly uncompressInputType: string | null;
}

/** Deflate (method 8 in the zip) done by Node's zlib, registered under a name of its own. */
const NODE_DEFLATE = 'NODE_DEFLATE';

function nodeDeflate(): string {
  const methods = (PizZip as unknown as { compressions: Record<string, Compression> }).compressions;
  methods[NODE_DEFLATE] ??= {
    // The same method number as PizZip's DEFLATE: a reader sees an ordinary deflated entry. An
    // entry read from a zip already deflated is copied as it was, as with DEFLATE.
    magic: methods.DEFLATE!.magic,
    compress: (input, options) =>
      deflateRawSync(input, { level: options.level || constants.Z_DEFAULT_COMPRESSION }),
    uncompress: (input) => inflateRawSync(input),
    compressInputType: 'uint8array',
    uncompressInputType: 'uint8array',
  };
  return NODE_DEFLATE;
}

/**
 * The zip as bytes, every entry deflated. PizZip's own DEFLATE runs pako, zlib written in
 * JavaScript; Node's zlib does the same work in C, several times faster (about 0,1 s of the CPU
 * of one `tthc build`, docs/performance.md). PizZip still reads zips with pako: it picks the
 * first method of its list with the entry's number, and that is its own DEFLATE.
 */
export function zipBytes(zip: PizZip): Buffer {
  return zip.generate({ type: 'nodebuffer', compression: nodeDeflate() as 'DEFLATE' });
}
