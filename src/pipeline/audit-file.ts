import { auditDraft } from '../audit/audit-draft';
import { buildContext } from '../audit/build-context';
import { draftLength, type Draft } from '../audit/draft';
import { draftFromDocx } from '../audit/draft-from-docx';
import { draftFromText } from '../audit/draft-from-text';
import { readDraft, type DraftSource } from '../ingest/read-draft';
import { readAgencyNames, readLegalRegistry } from '../ingest/read-legal-registry';
import { readRegistry } from '../ingest/read-registry';
import { formatNumber } from '../format';
import { MAX_DRAFT_CHARS } from '../ingest/input-limits';
import { hasErrors, makeIssue, type Issue } from '../issues/issue';
import { validateLegalRegistry } from '../validate/legal-registry';
import { prepareDataset } from './prepare-package';

export interface AuditResult {
  /** What the audit found in the draft. */
  readonly findings: readonly Issue[];
  /** Problems of the dataset given with --data (the draft is not compared when it has errors). */
  readonly dataIssues: readonly Issue[];
  /** Problems of the shipped legal-document registry, should an office have broken it. */
  readonly registryIssues: readonly Issue[];
  /** False when the draft could not be read or compared. */
  readonly audited: boolean;
  /** The draft as audit read it, when it could be read: the web app quotes its sentences. */
  readonly draft?: Draft;
}

/** A draft as audit reads it: ingest reads the file, audit reads its text as paragraphs and notes. */
export const draftOf = (source: DraftSource): Draft =>
  source.kind === 'docx'
    ? draftFromDocx(source.text, source.file)
    : draftFromText(source.text, source.file, source.format);

/** Reads a draft (and a dataset) and runs every check of `tthc audit`; no printing. */
export async function auditFile(file: string, data?: string): Promise<AuditResult> {
  const table = readLegalRegistry();
  const legal = 'code' in table ? { documents: [], issues: [table] } : validateLegalRegistry(table);
  const source = readDraft(file);
  const fail = (
    findings: Issue[],
    dataIssues: readonly Issue[] = [],
    draft?: Draft,
  ): AuditResult => ({
    findings,
    dataIssues,
    registryIssues: legal.issues,
    audited: false,
    draft,
  });
  if ('code' in source) return fail([source]);
  const draft = draftOf(source);
  const length = draftLength(draft);
  // Nothing to audit is no draft without problems (an empty file, a Word file of no text).
  if (length === 0) return fail([makeIssue('FILE_EMPTY', {}, { file: draft.file })]);
  if (length > MAX_DRAFT_CHARS) {
    const params = { length: formatNumber(length), limit: formatNumber(MAX_DRAFT_CHARS) };
    return fail([makeIssue('AUDIT_DRAFT_TOO_LONG', params, { file: draft.file })]);
  }
  let prepared = null;
  let dataIssues: readonly Issue[] = [];
  if (data) {
    prepared = await prepareDataset(data);
    dataIssues = prepared.issues;
    if (!prepared.report || hasErrors(dataIssues)) return fail([], dataIssues, draft);
  }
  const ctx = buildContext(draft, {
    registry: readRegistry(),
    agencies: readAgencyNames(),
    legal: legal.documents,
    dataset: prepared?.dataset ?? undefined,
    model: prepared?.report ?? undefined,
  });
  return {
    findings: auditDraft(draft, ctx),
    dataIssues,
    registryIssues: legal.issues,
    audited: true,
    draft,
  };
}
