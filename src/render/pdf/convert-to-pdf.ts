import type { Issue } from '../../issues/issue';
import { convertColdBatch } from './converter/cold-batch';
import type { ConverterOptions } from './converter/converter';

export { DEFAULT_TIMEOUT_MS } from './converter/converter';
export type ConvertOptions = ConverterOptions;

/**
 * Converts one .docx or .xlsx to PDF at `target` with a LibreOffice of its own (a cold run
 * with a private profile, see convertColdBatch). Returns null, or the issue that explains the
 * failure; `target` is written only on success. A package converts all its files in one call
 * of a converter instead (write-pdfs.ts); this is the one-file path, kept for the benchmark's
 * comparison with it and for callers with a single file.
 */
export async function convertToPdf(
  source: string,
  target: string,
  options: ConvertOptions = {},
): Promise<Issue | null> {
  const [issue] = await convertColdBatch([{ source, target }], options);
  return issue ?? null;
}
