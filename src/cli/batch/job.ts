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
