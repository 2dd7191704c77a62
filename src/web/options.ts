import type { PdfConverter } from '../render/pdf/converter/converter';

/** How `tthc serve` runs: what the command line says, with the defaults below. */
export interface WebOptions {
  /** Address to listen on; 127.0.0.1 (this machine only) unless told otherwise. */
  readonly host: string;
  readonly port: number;
  /** Where the jobs' folders go. */
  readonly dataDir: string;
  /** Jobs older than this are removed. */
  readonly keepHours: number;
  /** Largest file in one upload. */
  readonly maxUploadBytes: number;
  /** Most files in one request. */
  readonly maxFiles: number;
  /** Builds at once (each may convert to PDF). */
  readonly builds: number;
  /** Builds waiting beyond those; one more gets the "busy" page. */
  readonly queue: number;
  /** LibreOffice processes of the warm pool. */
  readonly pdfWorkers: number;
  /**
   * The password asked of users; null: none on 127.0.0.1, a new one told at start-up when
   * listening beyond it. Hashed at once; the text is not kept.
   */
  readonly password: string | null;
  /** How long a stop waits for running builds before it cancels them. */
  readonly stopGraceMs: number;
  /**
   * The PDF converter (tests give their own); by default one warm pool for the server's life,
   * falling back to a cold LibreOffice run per build when it cannot start. Closed when the
   * server stops.
   */
  readonly converter?: PdfConverter;
  /** Whether PDFs can be made; by default, whether LibreOffice and pdftotext are installed. */
  readonly pdf?: boolean;
  /** The clock, for the expiry of jobs (tests). */
  readonly now?: () => number;
  /** Where the server's own lines go (start, stop, errors); stderr by default. */
  readonly log?: (line: string) => void;
}

export const DEFAULT_OPTIONS = {
  host: '127.0.0.1',
  port: 8080,
  dataDir: 'tthc-web-data',
  keepHours: 24,
  maxUploadBytes: 20 * 1024 * 1024,
  maxFiles: 8,
  builds: 2,
  queue: 20,
  pdfWorkers: 1,
  password: null,
  stopGraceMs: 60_000,
} as const satisfies WebOptions;
