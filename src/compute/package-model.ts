import type { FormTable } from '../forms';
import type { CheckedTemplate } from '../validate/package/package-inputs';
import type { ComplianceAnnex } from './compliance-annex';
import type { ResolvedLine } from './content/segments';
import type { DocumentFrame } from './document-frame';
import type { RuleLists } from './footnotes/footnote-lists';
import type { RankingAnnex } from './ranking-annex';
import type { ReportModel } from './report-model';

/** The quarterly report's Word document: the template, its tags and the content file resolved. */
export interface QuarterlyReport {
  readonly template: CheckedTemplate;
  readonly contentFile: string;
  /** Each section of the content file, its lines resolved (placeholders kept as references). */
  readonly sections: ReadonlyMap<string, readonly ResolvedLine[]>;
  /** Conditions of the wording ({#co_pakn}), decided on the data. */
  readonly conditions: Readonly<Record<string, boolean>>;
}

/** A footnote of a letter: typed in its content file, or written from the data by a rule. */
export interface LetterFootnote {
  readonly key: string;
  readonly text: string;
  /** The units a rule selected, for the read-back; null for a typed footnote. */
  readonly lists: RuleLists['lists'] | null;
}

/** A letter (công văn), its frame resolved, its body and footnotes ready to place. */
export interface LetterModel {
  readonly file: string;
  readonly frame: DocumentFrame;
  /** Its paragraphs in order ("[^key]: …" definition lines taken out). */
  readonly body: readonly ResolvedLine[];
  /** Every footnote the body may refer to ([^key]), typed or from the rule file, by key. */
  readonly footnotes: ReadonlyMap<string, LetterFootnote>;
  /** Where {{thong_ke_766}} puts footnote references, by rule name. */
  readonly marks: Readonly<Record<string, string>>;
}

/**
 * Everything a package of documents says, computed once from the validated inputs: the report
 * model, the forms, the annexes, the letters with their frames and footnotes. Render is a
 * function of this alone; verify reads the written files back against it.
 */
export interface PackageModel {
  /** Null for a letter written without data. */
  readonly report: ReportModel | null;
  readonly forms: readonly FormTable[];
  readonly quarterly: QuarterlyReport | null;
  readonly ranking: RankingAnnex | null;
  readonly compliance: ComplianceAnnex | null;
  readonly letter: LetterModel | null;
  /**
   * The frame the ranking and compliance annexes are attached to: the letter's (its number and
   * date), or the report's when the package has no letter.
   */
  readonly annexFrame: DocumentFrame | null;
}
