import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { makeIssue, type Issue } from '../issues/issue';
import { detectEncoding, Utf8LineFinder } from './decode-text';

/** How much of the file is read at a time. */
const CHUNK_BYTES = 1024 * 1024;

export type CsvChunks =
  | { readonly issue: Issue }
  | {
      /** UTF-8 bytes of the file, without its byte-order mark, for csv-parse. */
      readonly stream: Readable;
      /** The text of the first line (cut at CHUNK_BYTES), for the separator. */
      readonly firstLine: string;
      /** The encoding problem met while streaming, if that is why the stream failed. */
      readonly problem: () => Issue | null;
    };

/** Thrown inside the stream when a chunk is not text of the file's encoding. */
class NotText extends Error {}

/**
 * The bytes of a CSV file as a stream of UTF-8 chunks: UTF-8 is checked chunk by chunk (a
 * multi-byte character may straddle two), UTF-16 with its byte-order mark is decoded, and
 * anything else stops the stream with CSV_ENCODING at the line of the first bad byte.
 */
export async function csvChunks(path: string, file: string): Promise<CsvChunks> {
  const at = { file, format: 'csv' as const };
  const handle = await open(path, 'r');
  // Most files are a few kilobytes: a megabyte zeroed for each read of each was a cost of its
  // own. One byte more than the file, so that its end is known from the second read; a pipe or
  // device has no size known beforehand.
  const stat = await handle.stat();
  const size = stat.isFile() ? Math.min(CHUNK_BYTES, stat.size + 1) : CHUNK_BYTES;
  const first = Buffer.alloc(size);
  const { bytesRead } = await handle.read(first, 0, size, 0);
  const head = first.subarray(0, bytesRead);
  const encoding = detectEncoding(head);
  if (encoding.kind === 'refused') {
    await handle.close();
    return { issue: makeIssue('CSV_ENCODING', { found: encoding.found }, { ...at, row: 1 }) };
  }
  const { bom } = encoding;
  const decoder = new TextDecoder(encoding.kind, { fatal: true });
  const firstText = new TextDecoder(encoding.kind).decode(head.subarray(encoding.bom));
  const firstLine = firstText.slice(0, firstText.indexOf('\n') >>> 0);
  let problem: Issue | null = null;
  const utf8 = encoding.kind === 'utf-8';

  /** The line of the first byte that is not UTF-8, found by reading the file again. */
  const badLine = async (): Promise<number> => {
    const again = new Utf8LineFinder();
    const buffer = Buffer.alloc(CHUNK_BYTES);
    for (let position = bom; ;) {
      const { bytesRead: n } = await handle.read(buffer, 0, CHUNK_BYTES, position);
      if (n === 0) return again.end() ?? 1;
      const line = again.feed(buffer.subarray(0, n));
      if (line !== null) return line;
      position += n;
    }
  };

  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      let chunk = head.subarray(bom);
      let position = bytesRead;
      while (chunk.length > 0) {
        try {
          const text = decoder.decode(chunk, { stream: true });
          yield utf8 ? chunk : Buffer.from(text, 'utf8');
        } catch {
          problem = makeIssue('CSV_ENCODING', {}, { ...at, row: utf8 ? await badLine() : 1 });
          throw new NotText();
        }
        const next = Buffer.alloc(size);
        const { bytesRead: n } = await handle.read(next, 0, size, position);
        position += n;
        chunk = next.subarray(0, n);
      }
      try {
        decoder.decode();
      } catch {
        problem = makeIssue('CSV_ENCODING', {}, { ...at, row: utf8 ? await badLine() : 1 });
        throw new NotText();
      }
    } finally {
      await handle.close();
    }
  }

  return { stream: Readable.from(chunks()), firstLine, problem: () => problem };
}
