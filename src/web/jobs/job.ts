import type { TypedFigures } from '../../audit/typed-figures';
import type { Issue } from '../../issues/issue';

/** What a job is for: one page of the app each. */
export type JobKind = 'init' | 'package' | 'letter' | 'audit' | 'format';

/**
 * Where a job stands. `checked`: a dataset read and checked without error, ready to build;
 * `invalid`: its inputs have errors, nothing can be built; `refused`: the build read its files
 * back and they did not match (or LibreOffice failed), nothing was written; `failed`: the
 * program itself failed; `cancelled`: the server stopped before the build ended; `done`: a job
 * whose result is complete at once (init, audit, check-format).
 */
export type JobState =
  | 'checked'
  | 'invalid'
  | 'queued'
  | 'building'
  | 'built'
  | 'refused'
  | 'failed'
  | 'cancelled'
  | 'done';

/** A file the official can download: its name in the job's output folder and what it is. */
export interface OutputFile {
  readonly name: string;
  readonly title: string;
  readonly size: number;
  /** Pages of a PDF, for its preview. */
  readonly pages?: number;
}

/** An uploaded file: the name the official gave (shown only) and the name it was stored under. */
export interface InputFile {
  readonly label: string;
  readonly original: string;
  readonly stored: string;
}

/** A finding of audit, with the sentence it is about quoted from the draft. */
export interface AuditFinding {
  readonly issue: Issue;
  readonly quote?: string;
}

/** One file checked against Nghị định 30/2020. */
export interface FormatResult {
  readonly name: string;
  readonly verdict: string;
  readonly issues: readonly Issue[];
}

/** How a build went; kept in the job's manifest. */
export interface BuildRecord {
  readonly pdf: boolean;
  /** The progress lines said so far, in order. */
  progress: string[];
  /** How many progress lines a build of this kind says, for the progress bar. */
  readonly steps: number;
  issues: Issue[];
  warnings: Issue[];
  files: OutputFile[];
  /** The package's folder inside the job's output folder ("lao-cai-2026-q1"). */
  folder?: string;
  /** Values compared with the model on reading the files back. */
  checked?: number;
  /** Why nothing was written, in a sentence (refused, failed, cancelled). */
  message?: string;
  startedAt?: number;
  endedAt?: number;
}

/** Everything the app keeps about a job, written to `job.json` in its folder. */
export interface Job {
  readonly id: string;
  /** sha256 of the session that made it: the session id itself is never written to disk. */
  readonly owner: string;
  readonly kind: JobKind;
  readonly createdAt: number;
  title: string;
  state: JobState;
  inputs: InputFile[];
  /**
   * For a dataset: where its data and its folder are, relative to the job's folder (the
   * server's own names, never a name from the request).
   */
  data?: { readonly path: string; readonly folder: string };
  /** The letter's content file, relative to the job's folder. */
  letter?: string;
  /** The dataset job a letter or an audit was compared with. */
  dataJob?: { readonly id: string; readonly title: string };
  /** Problems of the inputs, as `tthc validate` reports them (or of a letter, a draft's data). */
  issues: Issue[];
  /** "Dữ liệu hợp lệ: Lào Cai, Quý I năm 2026, 115 đơn vị." */
  verdict?: string;
  /** The lines of tom-tat.txt: the figures for a last look before building. */
  summary?: string[];
  typed?: TypedFigures | null;
  build?: BuildRecord;
  /** Files made at once (init). */
  files?: OutputFile[];
  /** The output folder of an init job, relative to the job's folder. */
  folder?: string;
  audit?: {
    readonly audited: boolean;
    readonly findings: AuditFinding[];
    readonly dataIssues: Issue[];
    readonly registryIssues: Issue[];
  };
  format?: FormatResult[];
}
