import type { CommandModule } from 'yargs';
import { auditFile, type AuditResult } from '../../pipeline/audit-file';
import { printIssues } from '../print-issues';

// Moved to src/pipeline/audit-file.ts, where the web app calls them too; kept here for callers.
export { auditFile, draftOf, type AuditResult } from '../../pipeline/audit-file';

export interface AuditArgs {
  readonly file: string;
  readonly data?: string;
  readonly json: boolean;
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
