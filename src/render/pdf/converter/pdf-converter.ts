import { coldBatch } from './cold-batch';
import { converterKind } from './converter-kind';
import type { PdfConverter } from './converter';
import { warmPool } from './warm-pool';

let shared: PdfConverter | undefined;

/**
 * The converter `--pdf` uses when its caller gives none: chosen by TTHC_PDF_CONVERTER.
 *
 * - `cold` (also when unset): one LibreOffice run per call, converting all the files of the
 *   call, leaving nothing running. Unset, `tthc build --pdf` does not come here: it starts a
 *   pool before reading the data (early-converter.ts) and passes it.
 * - `warm`: one warm pool for the whole process, started on the first call and kept until the
 *   process ends, so every later call in the process skips LibreOffice's start: worth it where
 *   one process converts many times (a `tthc batch --pdf` worker builds one dataset after
 *   another). Falls back to the cold way, with a warning, when it cannot start.
 *
 * The web app or a test that keeps its own pool passes it to writePackagePdfs instead.
 */
export function defaultPdfConverter(env: NodeJS.ProcessEnv = process.env): PdfConverter {
  if (converterKind(env) !== 'warm') return coldBatch();
  return (shared ??= warmPool());
}
