import type { CommandModule } from 'yargs';
import { auditDraft } from '../../audit/audit-draft';
import { buildContext } from '../../audit/build-context';
import { draftFromDocx } from '../../audit/draft-from-docx';
import { draftFromText } from '../../audit/draft-from-text';
import type { Draft } from '../../audit/draft';
import { readDraft, type DraftSource } from '../../ingest/read-draft';
import { readAgencyNames, readLegalRegistry } from '../../ingest/read-legal-registry';
import { readRegistry } from '../../ingest/read-registry';
import { draftLength } from '../../audit/draft';
import { formatNumber } from '../../format';
import { MAX_DRAFT_CHARS } from '../../ingest/input-limits';
import { hasErrors, makeIssue, type Issue } from '../../issues/issue';
import { validateLegalRegistry } from '../../validate/legal-registry';
import { prepareDataset } from '../../pipeline/prepare-package';
import { printIssues } from '../print-issues';

export interface AuditArgs {
  readonly file: string;
  readonly data?: string;
  readonly json: boolean;
}

export interface AuditResult {
  /** What the audit found in the draft. */
  readonly findings: readonly Issue[];
  /** Problems of the dataset given with --data (the draft is not compared when it has errors). */
  readonly dataIssues: readonly Issue[];
  /** Problems of the shipped legal-document registry, should an office have broken it. */
  readonly registryIssues: readonly Issue[];
  /** False when the draft could not be read or compared. */
  readonly audited: boolean;
}

/** A draft as audit reads it: ingest reads the file, audit reads its text as paragraphs and notes. */
export const draftOf = (source: DraftSource): Draft =>
  source.kind === 'docx'
    ? draftFromDocx(source.text, source.file)
    : draftFromText(source.text, source.file, source.format);

/** Reads a draft (and a dataset) and runs every check; no printing. */
export async function auditFile(file: string, data?: string): Promise<AuditResult> {
  const table = readLegalRegistry();
  const legal = 'code' in table ? { documents: [], issues: [table] } : validateLegalRegistry(table);
  const source = readDraft(file);
  const fail = (findings: Issue[], dataIssues: readonly Issue[] = []): AuditResult => ({
    findings,
    dataIssues,
    registryIssues: legal.issues,
    audited: false,
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
    if (!prepared.report || hasErrors(dataIssues)) return fail([], dataIssues);
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
  };
}

const exitOf = (r: AuditResult) =>
  [...r.findings, ...r.dataIssues, ...r.registryIssues].some((i) => i.severity === 'error') ||
  !r.audited
    ? 1
    : 0;

/** `tthc audit <tệp> [--data …] [--json]`: findings with their places; exit 1 on an error. */
export async function runAudit(args: AuditArgs): Promise<number> {
  if (args.data) console.error('Đang đọc và kiểm tra dữ liệu…');
  const r = await auditFile(args.file, args.data);
  if (args.json) {
    const count = (s: string) => r.findings.filter((i) => i.severity === s).length;
    const report = {
      file: args.file,
      data: args.data ?? null,
      audited: r.audited,
      errors: count('error'),
      warnings: count('warning'),
      findings: r.findings,
      dataIssues: r.dataIssues,
      registryIssues: r.registryIssues,
    };
    console.log(JSON.stringify(report, null, 2));
    return exitOf(r);
  }
  printIssues([...r.registryIssues, ...r.dataIssues]);
  if (!r.audited) {
    // The draft could not be read, or the data to compare it with has errors: nothing audited.
    printIssues(r.findings);
    if (r.findings.length === 0)
      console.error(
        'Không đối chiếu được văn bản với dữ liệu: hãy sửa các lỗi của bộ dữ liệu trên.',
      );
  } else if (r.findings.length > 0) printIssues(r.findings, console.log);
  else console.log(`Không thấy vấn đề nào trong "${args.file}".`);
  return exitOf(r);
}

export const auditCommand: CommandModule<object, AuditArgs> = {
  command: 'audit <file>',
  describe: 'Soát một dự thảo (.docx, .txt, .md): số liệu, tổng, ngày, kỳ, trích dẫn, tên đơn vị',
  builder: (y) =>
    y
      .positional('file', {
        type: 'string',
        demandOption: true,
        describe: 'Tệp cần soát: báo cáo hoặc công văn (.docx, .txt, .md)',
      })
      .option('data', {
        type: 'string',
        describe: 'Bộ dữ liệu để đối chiếu số liệu (thư mục CSV, tệp .xlsx hoặc .json)',
      })
      .option('json', { type: 'boolean', default: false, describe: 'Ghi kết quả dạng JSON' }),
  handler: async (argv) => {
    process.exitCode = await runAudit(argv);
  },
};
