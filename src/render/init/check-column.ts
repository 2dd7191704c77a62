import type ExcelJS from 'exceljs';
import { CHECK_COLUMN } from '../../contract/check-column';
import type { TableDef } from '../../contract/table';
import type { TableId } from '../../contract/tables';
import type { PlainTable } from '../../init/empty-dataset';
import { checkFormula, checkText, equationsOfTable } from './equation-checks';
import { cellValue } from './sheet-cells';

/** Grey like the prefilled cells: nothing to type here. */
const COMPUTED_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFEDEDED' },
};

/** Excel's own "light red fill with dark red text", which officials know as "wrong". */
const WRONG_ROW: Partial<ExcelJS.Style> = {
  fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } },
  font: { color: { argb: 'FF9C0006' } },
};

const NOTE = [
  `Mã cột: ${CHECK_COLUMN.key}`,
  'Cột tự tính, không cần điền; công cụ bỏ qua cột này.',
  'Khi một tổng không khớp (ô trống tính là 0), ô này ghi tổng nào sai và dòng chuyển màu đỏ.',
].join('\n');

/**
 * The live check of a table with form equations (issue 17): after its data columns, a formula
 * column "Kiểm tra" saying which equation of the row does not add up, and a conditional format
 * that turns the row red while it says anything, so the official sees the mistake in Excel or
 * LibreOffice before running the tool. Rows 2…`last`; each formula is stored with its result
 * (exceljs computes none), "" for a row whose equations hold.
 */
export function addCheckColumn(
  sheet: ExcelJS.Worksheet,
  def: TableDef,
  table: PlainTable,
  last: number,
): void {
  if (equationsOfTable(def.id).length === 0) return;
  const at = def.columns.length + 1;
  const header = sheet.getCell(1, at);
  header.value = CHECK_COLUMN.header;
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.note = NOTE;
  const column = sheet.getColumn(at);
  column.width = 60;
  for (let r = 2; r <= last; r++) {
    const cells = table.rows[r - 2];
    const values: Record<string, unknown> = {};
    def.columns.forEach((col) => {
      const i = table.headers.indexOf(col.key);
      values[col.key] = cells && i >= 0 ? cellValue(col, cells[i] ?? '') : null;
    });
    const cell = sheet.getCell(r, at);
    const result = checkText(def.id as TableId, def.columns, values);
    // Row 2 holds the formula; the rows below share it (one formula in the file, not 500).
    cell.value =
      r === 2
        ? { formula: checkFormula(def.id, def.columns, r), result }
        : { sharedFormula: `${column.letter}2`, result };
    cell.fill = COMPUTED_FILL;
  }
  sheet.addConditionalFormatting({
    ref: `A2:${column.letter}${last}`,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`$${column.letter}2<>""`],
        style: WRONG_ROW,
      },
    ],
  });
}
