import { readFileSync, statSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { checkFormat, type FormatCheck } from '../../conformance/check-format';
import { makeIssue } from '../../issues/issue';
import { formatVerdict } from '../../pipeline/format-verdict';
import { printIssues } from '../print-issues';

export interface CheckFormatArgs {
  readonly files: readonly string[];
}

/** A file that cannot be opened is a finding about that file, not a crash. */
function checkFile(path: string): FormatCheck {
  let problem: 'not-found' | 'not-file' | null = null;
  try {
    if (!statSync(path).isFile()) problem = 'not-file';
  } catch {
    problem = 'not-found';
  }
  if (problem)
    return { kind: null, issues: [makeIssue('FORMAT_UNREADABLE', { problem }, { file: path })] };
  return checkFormat(readFileSync(path), path);
}

/**
 * `tthc check-format <tệp.docx>…`: each file's kind and deviations from Nghị định 30/2020; exit 1
 * when any deviation is an error, 0 otherwise (2, from yargs, when no file is given).
 */
export function runCheckFormat(args: CheckFormatArgs): number {
  const issues = args.files.flatMap((path) => {
    const r = checkFile(path);
    console.log(`${path}: ${formatVerdict(r)}.`);
    return r.issues;
  });
  return printIssues(issues);
}

export const checkFormatCommand: CommandModule<object, CheckFormatArgs> = {
  command: 'check-format <files..>',
  describe: 'Kiểm tra thể thức văn bản Word (.docx) theo Nghị định 30/2020',
  builder: (y) =>
    y.positional('files', {
      type: 'string',
      array: true,
      demandOption: true,
      describe: 'Một hoặc nhiều tệp .docx',
    }),
  handler: (argv) => {
    process.exitCode = runCheckFormat(argv);
  },
};
