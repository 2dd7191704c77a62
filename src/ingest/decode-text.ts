/**
 * Text of a CSV or JSON file. UTF-8 is the contract; UTF-16 with its byte-order mark (Excel's
 * "Unicode Text") is decoded too. Anything else — usually Windows-1258 or the legacy TCVN3
 * fonts of older exports — is refused with the line of the first byte that is not UTF-8,
 * rather than read as garbled names that would fail every match further on.
 */
export function decodeText(bytes: Buffer): { text: string } | { badLine: number } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: bytes.subarray(2).toString('utf16le') };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return { text: swapped.toString('utf16le') };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { badLine: lineOfFirstInvalidByte(bytes) };
  }
}

function lineOfFirstInvalidByte(bytes: Buffer): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0;
    if (length === 0) return line;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return line;
    if (b === 0x0a) line++;
    i += length;
  }
  return line;
}
