import PizZip from 'pizzip';

const MB = 1024 * 1024;

/**
 * A Word file with a part of `mb` megabytes of zeros added: a zip bomb, about a thousandth of
 * that on disk (zeros compress 1,000 times).
 */
export function withBomb(docx: Buffer, mb = 30): Buffer {
  const zip = new PizZip(docx);
  zip.file('word/media/bom.bin', Buffer.alloc(mb * MB));
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * A Word file with a part of 5 MB of zeros whose headers declare 1,000 bytes: an archive that
 * lies about its sizes to slip under the limits.
 */
export function withLyingPart(docx: Buffer): Buffer {
  const zip = new PizZip(docx);
  const name = 'word/media/noi-doi.bin';
  zip.file(name, Buffer.alloc(5 * MB));
  const bytes = zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
  for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
    if (bytes.readUInt32LE(at - 46) === 0x02014b50) bytes.writeUInt32LE(1000, at - 46 + 24);
    else if (bytes.readUInt32LE(at - 30) === 0x04034b50) bytes.writeUInt32LE(1000, at - 30 + 22);
  }
  return bytes;
}
