const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
const LOCAL_SIG = 0x04034b50;

function dosDateTime(d: Date): { time: number; date: number } {
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  // DOS dates start in 1980; earlier stamps are clamped rather than wrapped.
  const date =
    (Math.max(0, d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}

/**
 * Sets every entry's modification time in a zip to `when`. exceljs (through JSZip) stamps
 * entries with the current time, so two runs on the same data would differ in these bytes
 * alone; contents and CRCs are untouched. Returns the buffer, changed in place.
 */
export function stabilizeZipTimes(zip: Buffer, when: Date): Buffer {
  const { time, date } = dosDateTime(when);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END_SIG) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_SIG) throw new Error('broken zip directory');
    zip.writeUInt16LE(time, at + 12);
    zip.writeUInt16LE(date, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL_SIG) throw new Error('broken zip entry');
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(date, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
