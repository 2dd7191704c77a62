/** How a text file is encoded, from its first bytes. */
export type TextEncoding =
  | { readonly kind: 'utf-8'; readonly bom: number }
  | { readonly kind: 'utf-16le' | 'utf-16be'; readonly bom: number }
  | { readonly kind: 'refused'; readonly found: string };

/**
 * NUL bytes among the first 16 above which a text is in a wide encoding (UTF-16, UTF-32), not
 * UTF-8: "ma_don_vi" in UTF-16 is "m\0a\0_\0…". A NUL in a cell further on is a character.
 */
const WIDE_NULS = 4;

/**
 * The encoding of a text file from its first bytes: UTF-8 (the contract, with or without its
 * byte-order mark) or UTF-16 with its byte-order mark (Excel's "Unicode Text", Notepad's
 * "Unicode"). UTF-32, and UTF-16 without its mark (every other byte NUL), are refused by name
 * rather than read as a text full of NUL characters whose first error is a "syntax" error.
 * @example detectEncoding(Buffer.from([0xff, 0xfe, 0x61, 0x00])) // { kind: 'utf-16le', bom: 2 }
 */
export function detectEncoding(head: Buffer): TextEncoding {
  const [a, b, c, d] = head;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { kind: 'refused', found: 'UTF-32' };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { kind: 'refused', found: 'UTF-32' };
  if (a === 0xef && b === 0xbb && c === 0xbf) return { kind: 'utf-8', bom: 3 };
  if (a === 0xff && b === 0xfe) return { kind: 'utf-16le', bom: 2 };
  if (a === 0xfe && b === 0xff) return { kind: 'utf-16be', bom: 2 };
  const nuls = head.subarray(0, 16).reduce((n, byte) => n + (byte === 0 ? 1 : 0), 0);
  if (nuls >= WIDE_NULS) return { kind: 'refused', found: 'UTF-16 hoặc UTF-32 không có dấu BOM' };
  return { kind: 'utf-8', bom: 0 };
}

/**
 * Finds the line of the first byte that is not UTF-8, fed chunk by chunk (a sequence may be
 * split between two chunks). `feed` returns the line once found; `end` says whether the text
 * ended in the middle of a sequence.
 */
export class Utf8LineFinder {
  private line = 1;
  /** Continuation bytes still expected by the sequence in progress. */
  private pending = 0;

  feed(bytes: Uint8Array): number | null {
    for (const b of bytes) {
      if (this.pending > 0) {
        if ((b & 0xc0) !== 0x80) return this.line;
        this.pending--;
        continue;
      }
      if (b === 0x0a) this.line++;
      else if (b >= 0x80) {
        this.pending =
          b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
        if (this.pending < 0) return this.line;
      }
    }
    return null;
  }

  end(): number | null {
    return this.pending > 0 ? this.line : null;
  }
}

/**
 * Text of a CSV, JSON or draft file held in memory. UTF-8 is the contract; UTF-16 with its
 * byte-order mark is decoded too. Anything else — usually Windows-1258 or the legacy TCVN3
 * fonts of older exports — is refused with the line of the first byte that is not UTF-8,
 * rather than read as garbled names that would fail every match further on; UTF-32 and
 * UTF-16 without its mark are refused by name.
 */
export function decodeText(
  bytes: Buffer,
): { text: string } | { badLine: number } | { found: string } {
  const encoding = detectEncoding(bytes);
  if (encoding.kind === 'refused') return { found: encoding.found };
  const body = bytes.subarray(encoding.bom);
  try {
    return { text: new TextDecoder(encoding.kind, { fatal: true }).decode(body) };
  } catch {
    // UTF-16 with a lone half of a surrogate pair: rare enough to point at the start.
    if (encoding.kind !== 'utf-8') return { badLine: 1 };
    const finder = new Utf8LineFinder();
    return { badLine: finder.feed(body) ?? finder.end() ?? 1 };
  }
}
