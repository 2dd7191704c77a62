import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { CommandModule } from 'yargs';
import { buildModel } from '../../compute/build-model';
import { contentPathFor } from '../../ingest/read-content';
import { readLetter, type RawLetter } from '../../ingest/read-letter';
import { readRulesFile, rulesFileIn } from '../../ingest/read-rules';
import { indexLetter } from '../../render/index-766/index-letter';
import { loadDataset } from '../load-dataset';
import { readRegistry } from '../../ingest/read-registry';
import { makeLetter } from '../../render/letter/make-letter';
import { checkFormat } from '../../conformance/check-format';
import { verifyLetterDocx } from '../../verify/letter-docx';
import { printIssues } from '../print-issues';

export interface LetterArgs {
  readonly file: string;
  readonly out: string;
  readonly force: boolean;
  /** A dataset whose figures and footnote rules the letter quotes ({{thong_ke_766}}, [^rule]). */
  readonly data?: string;
}

/** The letter alone, or with the values and footnotes of a dataset (index-766 letters). */
async function make(raw: RawLetter, data: string | undefined) {
  if (!data) return { ...makeLetter(raw, readRegistry()), notes: new Map<string, string>() };
  const { dataset, issues } = await loadDataset(data);
  if (!dataset) return { bytes: null, letter: null, notes: new Map<string, string>(), issues };
  const rulesPath = rulesFileIn(dirname(contentPathFor(data)));
  const rules = rulesPath ? readRulesFile(rulesPath) : { raw: null, issues: [] };
  const made = indexLetter(raw, rules.raw, buildModel(dataset), readRegistry());
  return { ...made, issues: [...issues, ...rules.issues, ...made.issues] };
}

/** `tthc letter <tệp.md> [--data …]`: one công văn from its content file, checked after writing. */
export async function runLetter(args: LetterArgs): Promise<number> {
  const raw = readLetter(args.file);
  if ('code' in raw) return (printIssues([raw]), 1);
  const { bytes, letter, issues, notes } = await make(raw, args.data);
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
  const mismatches = verifyLetterDocx(bytes, letter, basename(target), notes);
  if (mismatches.length > 0) {
    for (const m of mismatches)
      console.error(
        `LỖI [OUTPUT_MISMATCH] ${m.file}, ${m.place}: cần ${m.expected}, tệp ghi ${m.found}.`,
      );
    return 1;
  }
  if (printIssues(checkFormat(bytes, basename(target)).issues) !== 0) {
    console.error('Công văn tạo ra sai thể thức Nghị định 30/2020; không có tệp nào được ghi.');
    return 1;
  }
  mkdirSync(args.out, { recursive: true });
  // Written beside the target and renamed, so an interrupted run leaves no half file.
  writeFileSync(`${target}.tmp`, bytes);
  renameSync(`${target}.tmp`, target);
  console.log(
    `Đã ghi "${target}"; nội dung đã được đọc lại và khớp với tệp nguồn, thể thức đúng Nghị định 30/2020.`,
  );
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
      .option('force', { type: 'boolean', default: false, describe: 'Ghi đè tệp đã có' })
      .option('data', {
        type: 'string',
        describe: 'Bộ dữ liệu cho số liệu và chú thích của công văn (Chỉ số 766)',
      }),
  handler: async (argv) => {
    process.exitCode = await runLetter(argv);
  },
};
