import type { ComplianceAnnex } from '../compute/compliance-annex';
import { sheetName } from '../annexes/group-text';
import { complianceAnnexTable, type ComplianceRow } from '../annexes/compliance-columns';
import {
  cellCount,
  verifyAnnexTablesDocx,
  verifyAnnexTablesWorkbook,
  type TableToCheck,
} from './annex-tables';
import type { Mismatch } from './mismatch';

const tablesOf = (a: ComplianceAnnex): TableToCheck<ComplianceRow>[] =>
  a.tables.map((t) => ({ label: sheetName(t.group), table: complianceAnnexTable(t, a.targets) }));

/** Reads the Word compliance annex back and compares every cell with the computed rows. */
export const verifyComplianceDocx = (
  bytes: Buffer,
  annex: ComplianceAnnex,
  file: string,
): Mismatch[] => verifyAnnexTablesDocx(bytes, tablesOf(annex), file);

/** Reads the compliance workbook back and compares every cell of every group's sheet. */
export const verifyComplianceWorkbook = (
  bytes: Buffer,
  annex: ComplianceAnnex,
  file: string,
): Mismatch[] => verifyAnnexTablesWorkbook(bytes, tablesOf(annex), file);

/** How many cells one file of the annex holds. */
export const complianceCells = (annex: ComplianceAnnex): number => cellCount(tablesOf(annex));
