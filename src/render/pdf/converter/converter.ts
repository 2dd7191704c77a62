import type { Issue } from '../../../issues/issue';
import type { ConverterKind } from './converter-kind';

/** One file to convert: a .docx or .xlsx, and where its PDF goes. */
export interface PdfJob {
  readonly source: string;
  readonly target: string;
}

/** What a call to a converter did. */
export interface PdfConversion {
  /**
   * One entry per job, in the order of the jobs: null when `target` was written, else the
   * error naming the file (SOFFICE_MISSING, PDF_CONVERSION_FAILED, PDF_CONVERSION_TIMEOUT).
   * A failed job's `target` is not written.
   */
  readonly issues: readonly (Issue | null)[];
  /** Warnings said once, not about a file (PDF_WARM_UNAVAILABLE: the cold path was used). */
  readonly warnings: readonly Issue[];
}

/**
 * Converts Word and Excel files to PDF with LibreOffice. Two kinds: `cold` starts LibreOffice
 * for each call (cold-batch.ts); `warm` keeps it running between calls (warm-pool.ts).
 */
export interface PdfConverter {
  readonly kind: ConverterKind;
  /**
   * `each`, when given, is told as soon as a job's target is written (its index in `jobs`),
   * so that the caller can go on with that file while the others convert; a converter may also
   * tell nothing before it resolves (the cold batch writes every file at the end).
   */
  convert(jobs: readonly PdfJob[], each?: (index: number) => void): Promise<PdfConversion>;
  /** Stops what the converter keeps running and removes its temporary files. */
  close(): Promise<void>;
}

export interface ConverterOptions {
  /** The LibreOffice program; `soffice` (or TTHC_SOFFICE) by default. */
  readonly command?: string;
  /**
   * Longest time one file may take (LibreOffice's start included for the first file of a cold
   * run); beyond it LibreOffice is stopped and the file fails.
   */
  readonly timeoutMs?: number;
  /** Where the private profiles and PDFs being written go; the system's (os.tmpdir()) by default. */
  readonly tempDir?: string;
}

export const DEFAULT_TIMEOUT_MS = 120_000;

/** The files failed, in job order (empty when all were converted). */
export const failures = (c: PdfConversion): Issue[] =>
  c.issues.filter((i): i is Issue => i !== null);
