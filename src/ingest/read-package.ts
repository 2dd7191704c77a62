import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LETTER_FILE } from '../contract/letter';
import type { Registry } from '../domain/registry';
import type { Issue } from '../issues/issue';
import type { RawDataset } from '../domain/raw-table';
import { contentPathFor, readContent, readTemplate } from './read-content';
import { readDataset } from './read-dataset';
import { readLetter, type RawLetter } from './read-letter';
import { readRegistry } from './read-registry';
import { readRulesFile, rulesFileIn, type RawRules } from './read-rules';
import { bundledReportTemplate } from './report-template-file';

const nameOf = (path: string) => basename(path.replace(/[\\/]+$/, ''));

/** What a command names: the data, and the report's content file and template when not the usual. */
export interface PackageSources {
  /** A folder of CSV files, an .xlsx workbook or a .json file. */
  readonly data: string;
  /** The content file of the report's prose; noi-dung.md beside the data by default. */
  readonly content?: string;
  /** The report's Word template; the bundled one by default. */
  readonly template?: string;
  /** The previous period's dataset, whose pending dossiers this period carries over. */
  readonly previous?: string;
  /** Blank carry-over cells filled from `previous` instead of only checked. */
  readonly fillCarryOver?: boolean;
  /**
   * The datasets of the quarters (or 6 months) a longer period is made of; `data` then holds
   * only what the period adds: its frame (ThongTin), Kính gửi, Nơi nhận and content file.
   */
  readonly parts?: readonly string[];
}

/** Every input of a package as read, before any check: tables, texts, bytes. */
export interface RawPackage {
  readonly dataset: RawDataset;
  /** The dataset's folder or file name, which says what province and period it should be. */
  readonly dataName: string;
  readonly content: { readonly file: string; readonly text: string } | Issue;
  readonly template: { readonly file: string; readonly bytes: Buffer } | Issue;
  /** The footnote rule file of the dataset's folder (chu-thich.yaml), when it has one. */
  readonly rules: { readonly raw: RawRules | null; readonly issues: readonly Issue[] } | null;
  /** The letter of the dataset's folder (cong-van.md), when it has one. */
  readonly letter: RawLetter | Issue | null;
  readonly registry: Registry;
}

/**
 * Reads everything a dataset's folder holds for its package, once: the tables, the content file
 * and the template of the report, the footnote rules and the letter, and the registry. Which of
 * them the package needs is for validation to say: a missing content file is read as the issue
 * that says so, and only reported when there is a report to write.
 */
export async function readPackage(sources: PackageSources): Promise<RawPackage> {
  const dir = dirname(contentPathFor(sources.data));
  const contentFile = contentPathFor(sources.data, sources.content);
  const templateFile = sources.template ?? bundledReportTemplate();
  const content = readContent(contentFile);
  const template = readTemplate(templateFile);
  const rulesPath = rulesFileIn(dir);
  const letterPath = join(dir, LETTER_FILE);
  return {
    dataset: await readDataset(sources.data),
    dataName: nameOf(sources.data),
    content: 'code' in content ? content : { file: contentFile, text: content.text },
    template: 'code' in template ? template : { file: templateFile, bytes: template.bytes },
    rules: rulesPath ? readRulesFile(rulesPath) : null,
    letter: existsSync(letterPath) ? readLetter(letterPath) : null,
    registry: readRegistry(),
  };
}

/** A letter's content file, and the dataset whose figures and footnote rules it quotes. */
export interface LetterSources {
  readonly letter: string;
  readonly data?: string;
}

/** Every input of `tthc letter`: the letter, and with --data the dataset and its rule file. */
export interface RawLetterPackage {
  readonly letter: RawLetter | Issue;
  readonly dataset: RawDataset | null;
  readonly dataName: string | null;
  readonly rules: RawPackage['rules'];
  readonly registry: Registry;
}

export async function readLetterPackage(sources: LetterSources): Promise<RawLetterPackage> {
  const rulesPath = sources.data ? rulesFileIn(dirname(contentPathFor(sources.data))) : null;
  return {
    letter: readLetter(sources.letter),
    dataset: sources.data ? await readDataset(sources.data) : null,
    dataName: sources.data ? nameOf(sources.data) : null,
    rules: rulesPath ? readRulesFile(rulesPath) : null,
    registry: readRegistry(),
  };
}
