import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportModel } from '../../compute/report-model';
import { LETTER_FILE } from '../../contract/letter';
import { readLetter } from '../../ingest/read-letter';
import { readRegistry } from '../../ingest/read-registry';
import { readRulesFile, rulesFileIn } from '../../ingest/read-rules';
import { complianceAnnex, type ComplianceAnnex } from '../../compute/compliance-annex';
import { DEFAULT_TARGETS, type Targets } from '../../contract/targets';
import type { RawRules } from '../../ingest/read-rules';
import { complianceFiles } from '../../render/compliance/compliance-files';
import { indexLetter } from '../../render/index-766/index-letter';
import { validateFootnoteRules } from '../../validate/footnote-rules';
import type { Letter } from '../../validate/letter/validate-letter';
import type { FormTable } from '../../forms';
import { readContent, readTemplate } from '../../ingest/read-content';
import type { Issue } from '../../issues/issue';
import { annexDocx } from '../../render/annex/annex-docx';
import { rankingAnnexDocx } from '../../render/ranking/ranking-docx';
import { rankingAnnexWorkbook } from '../../render/ranking/ranking-workbook';
import { reportDocx } from '../../render/report/report-docx';
import type { ReportView } from '../../render/report/report-view';
import { stampOf, type RenderedDocuments } from '../../render/write-package';

export interface DocumentSources {
  readonly contentPath: string;
  readonly templatePath: string;
  /** Folder of the dataset, where an index-766 letter (cong-van.md) and its rules may be. */
  readonly dataDir: string;
}

/** What the read-back of the index-766 letter needs. */
export interface LetterCheck {
  readonly letter: Letter;
  readonly notes: ReadonlyMap<string, string>;
}

/** The footnote rule file of a dataset folder, read and checked; none is not a problem. */
function rulesOf(dir: string): { raw: RawRules | null; targets: Targets; issues: Issue[] } {
  const path = rulesFileIn(dir);
  if (!path) return { raw: null, targets: DEFAULT_TARGETS, issues: [] };
  const read = readRulesFile(path);
  const checked = read.raw ? validateFootnoteRules(read.raw) : null;
  return {
    raw: read.raw,
    targets: checked?.rules?.targets ?? DEFAULT_TARGETS,
    issues: [...read.issues, ...(checked?.issues ?? [])],
  };
}

/** The index-766 letter of a dataset folder, when it has one and the data has readings. */
function letterOf(model: ReportModel, dir: string, rules: RawRules | null) {
  const path = join(dir, LETTER_FILE);
  if (!model.index766?.province || !existsSync(path)) return null;
  const raw = readLetter(path);
  if ('code' in raw) return { bytes: null, check: null, issues: [raw] };
  const made = indexLetter(raw, rules, model, readRegistry());
  return {
    bytes: made.bytes,
    check: made.letter ? { letter: made.letter, notes: made.notes } : null,
    // The letter checks the rule file again: its issues are the rule file's, said once.
    issues: made.issues.filter((i) => !i.code.startsWith('RULES_')),
  };
}

/** The compliance annex, Word and workbook, when the data has per-unit indicators. */
async function complianceOf(model: ReportModel, targets: Targets) {
  const annex = complianceAnnex(model.indicators, targets);
  if (!annex) return { annex: null, compliance: null, complianceWorkbook: null };
  const files = await complianceFiles(model, annex, stampOf(model));
  return { annex, compliance: files.docx, complianceWorkbook: files.xlsx };
}

/**
 * Renders the documents in memory, before anything is written: the report (from the template
 * and the content file) and the forms annex when the data has dossiers; the index-766 ranking
 * annex (Word and workbook) when it has index readings; the compliance annex (Word and
 * workbook, targets from the rule file or seed 001's) when it has per-unit indicators.
 */
export async function buildDocuments(
  model: ReportModel,
  forms: readonly FormTable[],
  sources: DocumentSources,
): Promise<{
  docs: RenderedDocuments;
  view: ReportView | null;
  letter: LetterCheck | null;
  compliance: ComplianceAnnex | null;
  issues: Issue[];
}> {
  const rules = rulesOf(sources.dataDir);
  const letter = letterOf(model, sources.dataDir, rules.raw);
  const { annex: compliance, ...complianceDocs } = await complianceOf(model, rules.targets);
  const index = model.index766?.province
    ? {
        ranking: rankingAnnexDocx(model, stampOf(model)),
        rankingWorkbook: await rankingAnnexWorkbook(model, stampOf(model)),
        letter: letter?.bytes ?? null,
        ...complianceDocs,
      }
    : { ranking: null, rankingWorkbook: null, letter: null, ...complianceDocs };
  const letterIssues = [...rules.issues, ...(letter?.issues ?? [])];
  const none = {
    docs: { report: null, annex: null, ...index },
    view: null,
    letter: letter?.check ?? null,
    compliance,
  };
  if (model.dossiers === null) return { ...none, issues: letterIssues };
  const content = readContent(sources.contentPath);
  const template = readTemplate(sources.templatePath);
  const issues = [...letterIssues, ...[content, template].filter((x): x is Issue => 'code' in x)];
  if (!('text' in content) || !('bytes' in template)) return { ...none, issues };
  const report = reportDocx({
    model,
    content: content.text,
    contentFile: sources.contentPath,
    template: template.bytes,
    templateFile: sources.templatePath,
    when: stampOf(model),
  });
  return {
    docs: { report: report.bytes, annex: annexDocx(forms, model, stampOf(model)), ...index },
    view: report.view,
    letter: letter?.check ?? null,
    compliance,
    issues: [...issues, ...report.issues],
  };
}
