import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import type { RankingAnnex, RankingTable } from '../compute/ranking-annex';
import { rankingColumns, type RankingColumn } from '../render/ranking/ranking-columns';
import { sheetName } from '../render/ranking/ranking-text';
import { docxTables } from './docx-tables';
import { compareGrid } from './compare-grid';
import type { Mismatch } from './mismatch';

const columnsOf = (a: RankingAnnex, t: RankingTable) => rankingColumns(t.group, a.previousAsOf);
const depthOf = (cols: readonly RankingColumn[]) => Math.max(...cols.map((c) => c.heading.length));
/** "Xếp loại", "So với ngày 31/7/2025 / Thứ hạng": how a place in the table is named. */
const columnName = (c: RankingColumn) => c.heading.join(' / ').replace(/\u00a0/g, ' ');

/**
 * Reads the Word ranking annex back and compares every cell of every group's table with the
 * computed rows, written as the table prints them ("15,34", "↓ 2", "—"). A group's table is
 * the one whose heading names the group's units ("Cơ quan, đơn vị", "Xã, phường").
 */
export function verifyRankingDocx(bytes: Buffer, annex: RankingAnnex, file: string): Mismatch[] {
  const xml = new PizZip(bytes).file('word/document.xml')?.asText();
  if (xml === undefined)
    return [{ file, place: 'word/document.xml', expected: 'nội dung văn bản', found: 'không có' }];
  const found = docxTables(xml);
  const out: Mismatch[] = [];
  for (const t of annex.tables) {
    const cols = columnsOf(annex, t);
    const group = sheetName(t.group);
    const nameHeading = cols[1]!.heading[0]!;
    const grid = found.find((f) => f[0]?.some((c) => c.text === nameHeading));
    if (!grid) {
      out.push({ file, place: group, expected: `bảng "${nameHeading}"`, found: 'không có' });
      continue;
    }
    const rows = grid.slice(depthOf(cols));
    const expected = t.rows.map((row) => ({
      missing: row.name,
      cells: cols.map((c) => c.text(row)),
    }));
    out.push(
      ...compareGrid(file, rows, expected, (i, k) =>
        k === undefined
          ? `${group}, dòng ${i}`
          : `${group}, dòng ${i}, cột ${columnName(cols[k]!)}`,
      ),
    );
  }
  return out;
}

/** A cell value in a message: numbers bare, text in quotes, so that 15.34 and "15.34" differ. */
const shown = (v: ExcelJS.CellValue): string =>
  v === null || v === undefined
    ? 'ô trống'
    : typeof v === 'number'
      ? String(v)
      : typeof v === 'string'
        ? `"${v}"`
        : JSON.stringify(v);

/**
 * Reads the ranking workbook back and compares every cell of every group's sheet with the
 * computed rows: the stored value (figures as numbers) and, for figures, the number format that
 * shows them ("15,34", "↓ 2"). The data rows follow the heading block under "Xếp hạng".
 */
export async function verifyRankingWorkbook(
  bytes: Buffer,
  annex: RankingAnnex,
  file: string,
): Promise<Mismatch[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Mismatch[] = [];
  for (const t of annex.tables) {
    const cols = columnsOf(annex, t);
    const name = sheetName(t.group);
    const ws = wb.getWorksheet(name);
    if (!ws) {
      out.push({ file, place: name, expected: 'trang tính', found: 'không có' });
      continue;
    }
    let top = 0;
    ws.eachRow((row, n) => {
      if (!top && row.getCell(1).value === cols[0]!.heading[0]) top = n;
    });
    if (!top) {
      out.push({
        file,
        place: name,
        expected: `dòng tiêu đề "${cols[0]!.heading[0]}"`,
        found: 'không có',
      });
      continue;
    }
    const first = top + depthOf(cols);
    const check = (address: string, expected: string, found: string) => {
      if (expected !== found) out.push({ file, place: `${name}!${address}`, expected, found });
    };
    t.rows.forEach((row, i) =>
      cols.forEach((c, k) => {
        const cell = ws.getCell(first + i, k + 1);
        const expected = c.value(row);
        check(cell.address, shown(expected), shown(cell.value));
        if (typeof expected === 'number' && c.numFmt)
          check(cell.address, `định dạng ${c.numFmt}`, `định dạng ${cell.numFmt ?? ''}`);
      }),
    );
    const after = ws.getCell(first + t.rows.length, 1);
    if (after.value !== null && after.value !== undefined)
      check(after.address, 'không có', shown(after.value));
  }
  return out;
}
