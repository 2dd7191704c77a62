import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { CommandModule } from 'yargs';
import { readLetter } from '../../ingest/read-letter';
import { readRegistry } from '../../ingest/read-registry';
import { makeLetter } from '../../render/letter/make-letter';
import { verifyLetterDocx } from '../../verify/letter-docx';
import { printIssues } from '../print-issues';

export interface LetterArgs {
  readonly file: string;
  readonly out: string;
  readonly force: boolean;
}

/** `tthc letter <tệp.md>`: one công văn from its content file, checked after writing. */
export function runLetter(args: LetterArgs): number {
  const raw = readLetter(args.file);
  if ('code' in raw) return (printIssues([raw]), 1);
  const { bytes, letter, issues } = makeLetter(raw, readRegistry());
  if (printIssues(issues) !== 0 || !bytes || !letter) {
    console.error(
      'Chưa lập được công văn: hãy sửa các lỗi trên rồi chạy lại. Không có tệp nào được ghi.',
    );
    return 1;
  }
  const target = join(args.out, `${basename(args.file, extname(args.file))}.docx`);
  if (existsSync(target) && !args.force) {
    console.error(`Tệp "${target}" đã có. Thêm --force để ghi đè.`);
    return 2;
  }
  const mismatches = verifyLetterDocx(bytes, letter, basename(target));
  if (mismatches.length > 0) {
    for (const m of mismatches)
      console.error(
        `LỖI [OUTPUT_MISMATCH] ${m.file}, ${m.place}: cần ${m.expected}, tệp ghi ${m.found}.`,
      );
    return 1;
  }
  mkdirSync(args.out, { recursive: true });
  // Written beside the target and renamed, so an interrupted run leaves no half file.
  writeFileSync(`${target}.tmp`, bytes);
  renameSync(`${target}.tmp`, target);
  console.log(`Đã ghi "${target}"; nội dung đã được đọc lại và khớp với tệp nguồn.`);
  return 0;
}

export const letterCommand: CommandModule<object, LetterArgs> = {
  command: 'letter <file>',
  describe: 'Lập một công văn (thể thức Nghị định 30/2020) từ tệp nội dung',
  builder: (y) =>
    y
      .positional('file', {
        type: 'string',
        demandOption: true,
        describe: 'Tệp nội dung công văn (.md)',
      })
      .option('out', { type: 'string', default: 'output', describe: 'Thư mục kết quả' })
      .option('force', { type: 'boolean', default: false, describe: 'Ghi đè tệp đã có' }),
  handler: (argv) => {
    process.exitCode = runLetter(argv);
  },
};
