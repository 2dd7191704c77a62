import type ExcelJS from 'exceljs';
import type { ColumnDef } from '../../contract/column';
import { parseCivilDate } from '../../format';

// exceljs has worksheet.dataValidations (one rule per range) but its typings omit it.
type Validations = { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } };

/** Longest title and message of a validation the OOXML schema allows (ST_Xstring limits). */
const TITLE_LENGTH = 32;
const MESSAGE_LENGTH = 255;

/**
 * `text` cut to `max` characters at a word, with "…": "Trung tâm PVHCC cấp xã: công
 * chức…". A longer title makes the file invalid (Excel may repair it on opening).
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;]+$/, '')}…`;
}

/**
 * Adds a validation rule to a range such as "B2:B539" or a cell such as "B4", its titles and
 * messages within the schema's lengths.
 */
export function addValidation(
  sheet: ExcelJS.Worksheet,
  range: string,
  rule: ExcelJS.DataValidation | undefined,
): void {
  if (!rule) return;
  const fit = (text: string | undefined, max: number) =>
    text === undefined ? undefined : fitText(text, max);
  const fitted: ExcelJS.DataValidation = {
    ...rule,
    errorTitle: fit(rule.errorTitle, TITLE_LENGTH),
    error: fit(rule.error, MESSAGE_LENGTH),
    promptTitle: fit(rule.promptTitle, TITLE_LENGTH),
    prompt: fit(rule.prompt, MESSAGE_LENGTH),
  };
  for (const key of ['errorTitle', 'error', 'promptTitle', 'prompt'] as const)
    if (fitted[key] === undefined) delete fitted[key];
  (sheet as unknown as Validations).dataValidations.add(range, fitted);
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
