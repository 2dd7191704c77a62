import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComplianceAnnex } from '../compute/compliance-annex';
import { rankingAnnex } from '../compute/ranking-annex';
import { checkFormat } from '../conformance/check-format';
import type { Issue } from '../issues/issue';
import type { ReportModel } from '../compute/report-model';
import type { FormTable } from '../forms';
import { checkFormTable } from '../forms/check-equations';
import type { ReportView } from '../render/report/report-view';
import type { Letter } from '../validate/letter/validate-letter';
import { documentTitles } from '../render/pdf/package-pdfs';
import { PACKAGE_FILES } from '../render/write-package';
import { verifyAnnexDocx } from './annex-docx';
import { verifyComplianceDocx, verifyComplianceWorkbook } from './compliance-annex';
import { verifyFormsWorkbook } from './forms-workbook';
import type { Mismatch } from './mismatch';
import { verifyLetterDocx } from './letter-docx';
import { verifyPackagePdfs } from './package-pdfs';
import { verifyRankingDocx, verifyRankingWorkbook } from './ranking-annex';
import { verifyReportDocx } from './report-docx';

const read = (dir: string, name: string) => {
  const path = join(dir, name);
  return existsSync(path) ? readFileSync(path) : null;
};

/**
 * Reads every written file of a package back and compares it with the model: the forms'
 * identities, each workbook cell, each annex cell, the report's figures, footnotes and header
 * against the model and the forms, every cell of the index-766 ranking annex and of the
 * compliance annex, and (with --pdf) every PDF against the file it was made from. An empty list
 * is the proof the package is right.
 */
export async function verifyPackage(
  dir: string,
  model: ReportModel,
  forms: readonly FormTable[],
  view: ReportView | null,
  letter: { letter: Letter; notes: ReadonlyMap<string, string> } | null = null,
  compliance: ComplianceAnnex | null = null,
): Promise<Mismatch[]> {
  const out: Mismatch[] = forms.flatMap(checkFormTable).map((b) => ({
    file: PACKAGE_FILES.forms,
    place: `${b.form} dòng ${b.row + 1}`,
    expected: `${b.label}: ${b.right}`,
    found: String(b.left),
  }));
  const workbook = read(dir, PACKAGE_FILES.forms);
  if (workbook) out.push(...(await verifyFormsWorkbook(workbook, forms, PACKAGE_FILES.forms)));
  const annex = read(dir, PACKAGE_FILES.annex);
  if (annex) out.push(...verifyAnnexDocx(annex, forms, PACKAGE_FILES.annex));
  const report = read(dir, PACKAGE_FILES.report);
  if (report && view)
    out.push(...verifyReportDocx(report, model, view, forms, PACKAGE_FILES.report));
  const letterBytes = read(dir, PACKAGE_FILES.letter);
  if (letterBytes && letter)
    out.push(...verifyLetterDocx(letterBytes, letter.letter, PACKAGE_FILES.letter, letter.notes));
  const annexRows = rankingAnnex(model);
  const ranking = read(dir, PACKAGE_FILES.ranking);
  if (ranking && annexRows)
    out.push(...verifyRankingDocx(ranking, annexRows, PACKAGE_FILES.ranking));
  const rankingBook = read(dir, PACKAGE_FILES.rankingWorkbook);
  if (rankingBook && annexRows)
    out.push(
      ...(await verifyRankingWorkbook(rankingBook, annexRows, PACKAGE_FILES.rankingWorkbook)),
    );
  const complianceDocx = read(dir, PACKAGE_FILES.compliance);
  if (complianceDocx && compliance)
    out.push(...verifyComplianceDocx(complianceDocx, compliance, PACKAGE_FILES.compliance));
  const complianceBook = read(dir, PACKAGE_FILES.complianceWorkbook);
  if (complianceBook && compliance)
    out.push(
      ...(await verifyComplianceWorkbook(
        complianceBook,
        compliance,
        PACKAGE_FILES.complianceWorkbook,
      )),
    );
  const titles = documentTitles(model, forms, letter?.letter ?? null);
  out.push(...(await verifyPackagePdfs((name) => read(dir, name), titles)));
  return out;
}

/**
 * Every Word file of a package checked against the presentation rules of Nghị định 30/2020
 * (src/conformance/): an error among them fails the build like a figure that does not match.
 */
export function checkPackageFormat(dir: string): Issue[] {
  const words = [
    PACKAGE_FILES.report,
    PACKAGE_FILES.annex,
    PACKAGE_FILES.letter,
    PACKAGE_FILES.ranking,
    PACKAGE_FILES.compliance,
  ];
  return words.flatMap((name) => {
    const bytes = read(dir, name);
    return bytes ? checkFormat(bytes, name).issues : [];
  });
}
