import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
import { letterTitle } from '../../render/pdf/letter-pdf';
import { checkPdfTools } from '../../render/pdf/pdf-tools';
import { writeLetterPdf } from '../../render/pdf/write-letter-pdf';
import type { Letter } from '../../validate/letter/validate-letter';
import { docxWords } from '../../verify/document-words';
import { mismatchIssues, type Mismatch } from '../../verify/mismatch';
import { verifyDocumentPdf } from '../../verify/package-pdfs';
import { checkFormat } from '../../conformance/check-format';
import { verifyLetterDocx } from '../../verify/letter-docx';
import {
  checkFiles,
  recordFiles,
  trackTemporary,
  untrackTemporary,
} from '../../render/write-folder';
import { printIssues } from '../print-issues';

const NOTHING_WRITTEN =
  'Chưa lập được công văn: hãy sửa các lỗi trên rồi chạy lại. Không có tệp nào được ghi.';

export interface LetterArgs {
  readonly file: string;
  readonly out: string;
  readonly force: boolean;
  /** A dataset whose figures and footnote rules the letter quotes ({{thong_ke_766}}, [^rule]). */
  readonly data?: string;
  /** Also write the letter as PDF (needs LibreOffice). */
  readonly pdf?: boolean;
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

const printMismatches = (mismatches: readonly Mismatch[]) =>
  printIssues(mismatchIssues(mismatches));

/**
 * Writes the letter and, with --pdf, its PDF (checked word for word against the letter) into
 * a temporary folder beside the targets, then renames them into place: an interrupted or
 * failed run leaves no half file.
 */
async function writeLetterFiles(
  bytes: Buffer,
  letter: Letter,
  targets: { docx: string; pdf: string | null },
  out: string,
): Promise<number> {
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(out, '.tthc-letter-'));
  trackTemporary(work);
  try {
    const docx = join(work, basename(targets.docx));
    writeFileSync(docx, bytes);
    if (targets.pdf) {
      console.error('Đang chuyển công văn sang PDF bằng LibreOffice…');
      const pdf = join(work, basename(targets.pdf));
      const issue = await writeLetterPdf(docx, pdf, letter, readRegistry());
      if (issue) return (printIssues([issue]), 1);
      const mismatches = await verifyDocumentPdf(
        basename(pdf),
        readFileSync(pdf),
        docxWords(bytes),
        letterTitle(letter),
      );
      if (mismatches.length > 0) return (printMismatches(mismatches), 1);
      renameSync(pdf, targets.pdf);
    }
    renameSync(docx, targets.docx);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
    untrackTemporary(work);
  }
}

/** `tthc letter <tệp.md> [--data …]`: one công văn from its content file, checked after writing. */
export async function runLetter(args: LetterArgs): Promise<number> {
  if (args.pdf && printIssues(checkPdfTools()) !== 0) return (console.error(NOTHING_WRITTEN), 1);
  const raw = readLetter(args.file);
  if ('code' in raw) return (printIssues([raw]), 1);
  const { bytes, letter, issues, notes } = await make(raw, args.data);
  if (printIssues(issues) !== 0 || !bytes || !letter) {
    console.error(NOTHING_WRITTEN);
    return 1;
  }
  const base = join(args.out, basename(args.file, extname(args.file)));
  const targets = { docx: `${base}.docx`, pdf: args.pdf ? `${base}.pdf` : null };
  const names = [targets.docx, targets.pdf].flatMap((t) => (t ? [basename(t)] : []));
  const blocked = checkFiles(args.out, names, args.force);
  if (blocked) return (console.error(blocked), 2);
  const mismatches = verifyLetterDocx(bytes, letter, basename(targets.docx), notes);
  if (mismatches.length > 0) return (printMismatches(mismatches), 1);
  if (printIssues(checkFormat(bytes, basename(targets.docx)).issues) !== 0) {
    console.error('Công văn tạo ra sai thể thức Nghị định 30/2020; không có tệp nào được ghi.');
    return 1;
  }
  if ((await writeLetterFiles(bytes, letter, targets, args.out)) !== 0)
    return (console.error(NOTHING_WRITTEN), 1);
  recordFiles(args.out, names);
  const written = [targets.docx, targets.pdf].filter(Boolean).map((t) => `"${t}"`);
  console.log(
    `Đã ghi ${written.join(' và ')}; nội dung đã được đọc lại và khớp với tệp nguồn, thể thức đúng Nghị định 30/2020.`,
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
      })
      .option('pdf', {
        type: 'boolean',
        default: false,
        describe: 'Ghi thêm bản PDF của công văn (cần LibreOffice)',
      }),
  handler: async (argv) => {
    process.exitCode = await runLetter(argv);
  },
};
