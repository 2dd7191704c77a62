import type { ContentSections } from '../../contract/content-sections';
import type { FootnoteRuleSet } from '../../contract/footnote-rules';
import type { Registry } from '../../domain/registry';
import type { Dataset } from '../../domain/dataset';
import type { Letter } from '../letter/validate-letter';

/** The report's template, read and checked: its bytes and the tags it prints. */
export interface CheckedTemplate {
  readonly file: string;
  readonly bytes: Buffer;
  readonly tags: readonly string[];
}

/** What the quarterly report is written from, besides the data: template and content file. */
export interface ReportSources {
  readonly template: CheckedTemplate;
  readonly contentFile: string;
  readonly sections: ContentSections;
}

/**
 * Everything a package is made from, each input checked: the dataset, the report's template
 * and content file (when the data has dossiers), the footnote rules and the letter of the
 * dataset's folder. What compute works on.
 */
export interface PackageInputs {
  /** Null for a letter written without data. */
  readonly dataset: Dataset | null;
  readonly registry: Registry;
  readonly report: ReportSources | null;
  readonly rules: FootnoteRuleSet | null;
  readonly letter: Letter | null;
}
