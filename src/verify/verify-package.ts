import { checkFormat } from '../conformance/check-format';
import type { PackageModel } from '../compute/package-model';
import { PACKAGE_FILES } from '../contract/package-files';
import type { Issue } from '../issues/issue';
import { checkFormTable } from '../forms/check-equations';
import { documentTitles } from '../phrase/document-titles';
import { verifyAnnexDocx } from './annex-docx';
import { verifyAttachedLine } from './annex-attached';
import {
  complianceCells,
  verifyComplianceDocx,
  verifyComplianceWorkbook,
} from './compliance-annex';
import { verifyFormsWorkbook } from './forms-workbook';
import { verifyLetterDocx } from './letter-docx';
import { mismatchIssues, type Mismatch } from './mismatch';
import { verifyPackagePdfs } from './package-pdfs';
import type { ReadAlready } from './pdf-sources';
import { rankingCells, verifyRankingDocx, verifyRankingWorkbook } from './ranking-annex';
import { verifyReportDocx } from './report-docx';

/** The bytes of a written file of the package, or null when it was not written. */
export type ReadFile = (name: string) => Buffer | null;

/** What the read-back proved: the differences, as issues, and how many values were compared. */
export interface Verification {
  readonly issues: Issue[];
  readonly checked: number;
}

/**
 * Reads every written file of a package back and compares it with the package model, never
 * with what render produced: the forms' identities, each workbook and annex cell, the report's
 * figures (through the catalogue), its content lines, footnotes and header, the letter's
 * paragraphs, frame and footnotes, every cell of the ranking and compliance annexes, and (with
 * --pdf) every PDF against the file it was made from. No issue is the proof the package is right.
 */
export async function verifyPackage(read: ReadFile, model: PackageModel): Promise<Verification> {
  const office = verifyOfficeFiles(read, model);
  const pdfs = await verifyPdfFiles(read, model);
  return { issues: [...office.issues, ...pdfs.issues], checked: office.checked };
}

/**
 * The PDFs of a package (when it has them) against the Word and Excel files they were made
 * from, and the bundle against its parts. `given`: what was read of them already, while
 * LibreOffice converted (the sources' words, the text of each PDF as it was written).
 */
export async function verifyPdfFiles(
  read: ReadFile,
  model: PackageModel,
  given: ReadAlready = {},
): Promise<Verification> {
  const m = model.report;
  if (!m) return { issues: [], checked: 0 };
  const titles = documentTitles(m, model.forms, model.letter);
  return { issues: mismatchIssues(await verifyPackagePdfs(read, titles, given)), checked: 0 };
}

/**
 * The Word and Excel files of a package against the model (every check of verifyPackage but
 * the PDFs'): a build with --pdf runs it while LibreOffice converts them.
 */
export function verifyOfficeFiles(read: ReadFile, model: PackageModel): Verification {
  const out: Mismatch[] = [];
  let checked = 0;
  const m = model.report;
  if (!m) return { issues: [], checked };
  const frame = model.annexFrame ?? m.frame;
  const attached = (bytes: Buffer, file: string) => {
    checked++;
    return verifyAttachedLine(bytes, frame, m.province.name, file);
  };
  const forms = model.forms;
  for (const b of forms.flatMap(checkFormTable))
    out.push({
      kind: 'equation',
      file: PACKAGE_FILES.forms,
      at: { format: 'xlsx', table: b.form, row: b.row + 1 },
      expected: `${b.label}: ${b.right}`,
      found: String(b.left),
    });
  const formCells = forms.reduce((n, t) => n + t.rows.length * t.form.columns.length, 0);
  const workbook = read(PACKAGE_FILES.forms);
  if (workbook) {
    out.push(...verifyFormsWorkbook(workbook, forms, PACKAGE_FILES.forms));
    checked += formCells;
  }
  const annex = read(PACKAGE_FILES.annex);
  if (annex) {
    out.push(...verifyAnnexDocx(annex, forms, PACKAGE_FILES.annex));
    checked += formCells;
  }
  const report = read(PACKAGE_FILES.report);
  if (report && model.quarterly) {
    const r = verifyReportDocx(report, m, model.quarterly, forms, PACKAGE_FILES.report);
    out.push(...r.mismatches);
    checked += r.checked;
  }
  const letter = read(PACKAGE_FILES.letter);
  if (letter && model.letter) {
    const r = verifyLetterDocx(letter, model.letter, m, PACKAGE_FILES.letter);
    out.push(...r.mismatches);
    checked += r.checked;
  }
  if (model.ranking) {
    const ranking = read(PACKAGE_FILES.ranking);
    const book = read(PACKAGE_FILES.rankingWorkbook);
    if (ranking) {
      out.push(...verifyRankingDocx(ranking, model.ranking, PACKAGE_FILES.ranking));
      out.push(...attached(ranking, PACKAGE_FILES.ranking));
    }
    if (book)
      out.push(...verifyRankingWorkbook(book, model.ranking, PACKAGE_FILES.rankingWorkbook));
    checked += rankingCells(model.ranking) * ((ranking ? 1 : 0) + (book ? 1 : 0));
  }
  if (model.compliance) {
    const docx = read(PACKAGE_FILES.compliance);
    const book = read(PACKAGE_FILES.complianceWorkbook);
    if (docx) {
      out.push(...verifyComplianceDocx(docx, model.compliance, PACKAGE_FILES.compliance));
      out.push(...attached(docx, PACKAGE_FILES.compliance));
    }
    if (book)
      out.push(
        ...verifyComplianceWorkbook(book, model.compliance, PACKAGE_FILES.complianceWorkbook),
      );
    checked += complianceCells(model.compliance) * ((docx ? 1 : 0) + (book ? 1 : 0));
  }
  return { issues: mismatchIssues(out), checked };
}

/**
 * Every Word file of a package checked against the presentation rules of Nghị định 30/2020
 * (src/conformance/): an error among them fails the build like a figure that does not match.
 */
export function checkPackageFormat(read: ReadFile): Issue[] {
  const words = [
    PACKAGE_FILES.report,
    PACKAGE_FILES.annex,
    PACKAGE_FILES.letter,
    PACKAGE_FILES.ranking,
    PACKAGE_FILES.compliance,
  ];
  return words.flatMap((name) => {
    const bytes = read(name);
    return bytes ? checkFormat(bytes, name).issues : [];
  });
}
