import type ExcelJS from 'exceljs';

/**
 * The style objects of a sheet's table cells, one per distinct style. exceljs looks a cell's
 * style up among the workbook's styles by the object first, and only for an object it has not
 * met writes its font, border and format out as XML to compare them (its StylesXform): a table
 * of a few thousand cells, each given an equal object of its own, made it write them all.
 *
 * The key must name everything the style holds, and the kind of the cell's value: exceljs
 * gives a number (or a formula with a numeric result) without a number format the format
 * "General", a text none, and keeps the first answer for the object.
 */
export class SharedStyles {
  private readonly made = new Map<string, Partial<ExcelJS.Style>>();

  of(key: string, value: ExcelJS.CellValue, make: () => Partial<ExcelJS.Style>) {
    const full = `${key}|${valueKind(value)}`;
    let style = this.made.get(full);
    if (!style) this.made.set(full, (style = make()));
    return style;
  }
}

/** How exceljs files a value when it chooses a number format for its style (cell-xform.js). */
function valueKind(value: ExcelJS.CellValue): 'number' | 'date' | 'other' {
  const v =
    value !== null && typeof value === 'object' && 'formula' in value ? value.result : value;
  return typeof v === 'number' ? 'number' : v instanceof Date ? 'date' : 'other';
}
