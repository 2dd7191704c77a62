import type { Expected } from '../../validate/package/validate-source';

/** What `tthc build` is given on its command line (build.ts). */
export interface BuildArgs extends Expected {
  readonly data: string;
  readonly out: string;
  readonly force: boolean;
  /** Content file of the report's prose; noi-dung.md beside the data by default. */
  readonly content?: string;
  /** Word template of the report; the bundled one by default. */
  readonly template?: string;
  /** Also write every document as PDF and one bookmarked bundle (needs LibreOffice). */
  readonly pdf?: boolean;
  /** The previous period's data, whose pending dossiers this period must carry over. */
  readonly previous?: string;
  /** Blank carry-over cells filled from the previous period's pending dossiers. */
  readonly fillCarryOver?: boolean;
  /** The quarters' datasets a 6-month, 9-month or annual period is made of. */
  readonly parts?: readonly string[];
}
