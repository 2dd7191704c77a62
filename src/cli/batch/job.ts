/** One dataset of a batch, as sent to a worker process. */
export interface BatchJob {
  readonly index: number;
  readonly data: string;
  readonly out: string;
  readonly force: boolean;
  /** Also the PDFs and the bundle (tthc build --pdf). */
  readonly pdf: boolean;
}

/** What came of one dataset: the build's exit code and every line it printed. */
export interface BatchResult {
  readonly index: number;
  readonly data: string;
  /** 0 when the package was written; the exit code `tthc build` would have given otherwise. */
  readonly exitCode: number;
  readonly stdout: readonly string[];
  readonly stderr: readonly string[];
  readonly ms: number;
}

/** Asks a worker's build thread to close its LibreOffice (no more datasets); it answers below. */
export const CLOSE_CONVERTER = { tthcCloseConverter: true } as const;

/** The build thread's answer: its LibreOffice has ended (or there was none). */
export const isConverterClosed = (m: unknown): m is { tthcConverterClosed: true } =>
  typeof m === 'object' && m !== null && 'tthcConverterClosed' in m;
