import { converterChosen } from './converter-kind';
import { warmPool, type WarmPool } from './warm-pool';

/**
 * Longest wait for the early LibreOffice to accept requests before its files go the cold way:
 * it starts in 3 to 5 s on the 2-core machine of docs/performance.md.
 */
const EARLY_START_MS = 30_000;

/**
 * The converter of one `tthc build --pdf` when TTHC_PDF_CONVERTER chooses none: a warm pool
 * started at once, before the data is read, so that LibreOffice's start (about half of a cold
 * conversion of a package) runs while the package is checked, made and read back, instead of
 * after. Without python3-uno, or when LibreOffice does not start this way, its files go the cold
 * way without a warning: that is what the user would have had anyway. Null when the variable
 * chooses (`cold`, `warm`: the default converter does as it says). The caller closes it.
 */
export function earlyPdfConverter(env: NodeJS.ProcessEnv = process.env): WarmPool | null {
  if (converterChosen(env)) return null;
  const pool = warmPool({ quietFallback: true, startTimeoutMs: EARLY_START_MS });
  pool.start();
  return pool;
}
