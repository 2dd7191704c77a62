import type ExcelJS from 'exceljs';
import type { ColumnDef } from '../../contract/column';
import { parseCivilDate } from '../../format';

// exceljs has worksheet.dataValidations (one rule per range) but its typings omit it.
type Validations = { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } };

/** Adds a validation rule to a range such as "B2:B539" or a cell such as "B4". */
export function addValidation(
  sheet: ExcelJS.Worksheet,
  range: string,
  rule: ExcelJS.DataValidation | undefined,
): void {
  if (rule) (sheet as unknown as Validations).dataValidations.add(range, rule);
}

/** Dates become real sheet dates (UTC midnight, as the reader expects), numbers numbers. */
export function cellValue(col: ColumnDef | undefined, text: string): ExcelJS.CellValue {
  if (text === '') return null;
  const date = col?.type === 'date' ? parseCivilDate(text) : null;
  if (date) return new Date(Date.UTC(date.year, date.month - 1, date.day));
  const numeric = col && col.type !== 'text' && col.type !== 'enum' && col.type !== 'date';
  return numeric && /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** A sheet whose first row holds bold, wrapped headers and stays in view when scrolling. */
export function newSheet(
  wb: ExcelJS.Workbook,
  id: string,
  headers: readonly string[],
): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet(id, { views: [{ state: 'frozen', ySplit: 1 }] });
  const row = sheet.getRow(1);
  row.values = [...headers];
  row.height = 45;
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  return sheet;
}
