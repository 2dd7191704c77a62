import type { RankingAnnex, RankingRow } from '../compute/ranking-annex';
import { rankingAnnexTable } from '../annexes/ranking-columns';
import { sheetName } from '../annexes/group-text';
import {
  cellCount,
  verifyAnnexTablesDocx,
  verifyAnnexTablesWorkbook,
  type TableToCheck,
} from './annex-tables';
import type { Mismatch } from './mismatch';

const tablesOf = (a: RankingAnnex): TableToCheck<RankingRow>[] =>
  a.tables.map((t) => ({
    label: sheetName(t.group),
    table: rankingAnnexTable(t, a.previousAsOf, a.setId),
  }));

/**
 * Reads the Word ranking annex back and compares every cell of every group's table with the
 * computed rows, written as the table prints them ("15,34", "↓ 2", "—").
 */
export const verifyRankingDocx = (bytes: Buffer, annex: RankingAnnex, file: string): Mismatch[] =>
  verifyAnnexTablesDocx(bytes, tablesOf(annex), file);

/** Reads the ranking workbook back and compares every cell of every group's sheet. */
export const verifyRankingWorkbook = (
  bytes: Buffer,
  annex: RankingAnnex,
  file: string,
): Mismatch[] => verifyAnnexTablesWorkbook(bytes, tablesOf(annex), file);

/** How many cells one file of the annex holds. */
export const rankingCells = (annex: RankingAnnex): number => cellCount(tablesOf(annex));
