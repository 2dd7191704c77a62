import type ExcelJS from 'exceljs';
import type { ColumnDef } from '../../contract/column';
import { columnLetters } from '../../ooxml/cell-address';

/**
 * The codes of enum columns, kept in the hidden sheet DanhMuc and referenced by range:
 * inline Excel lists are limited to 255 characters and cannot hold commas.
 */
export class OptionLists {
  private readonly lists: { title: string; values: string[] }[] = [];
  private readonly ranges = new Map<string, string>();

  /** The absolute range of the column's codes, e.g. "DanhMuc!$A$2:$A$5"; one list per set. */
  rangeFor(title: string, col: ColumnDef): string | undefined {
    const values = col.options?.map((o) => o.value) ?? [];
    if (values.length === 0) return undefined;
    const key = values.join('\n');
    const known = this.ranges.get(key);
    if (known !== undefined) return known;
    this.lists.push({ title, values });
    const l = columnLetters(this.lists.length);
    const range = `DanhMuc!$${l}$2:$${l}$${values.length + 1}`;
    this.ranges.set(key, range);
    return range;
  }

  /** Adds the hidden DanhMuc sheet; call after every `rangeFor`. */
  addSheet(wb: ExcelJS.Workbook): void {
    const sheet = wb.addWorksheet('DanhMuc', { state: 'hidden' });
    this.lists.forEach((list, i) => {
      sheet.getCell(1, i + 1).value = list.title;
      list.values.forEach((v, j) => (sheet.getCell(j + 2, i + 1).value = v));
      sheet.getColumn(i + 1).width = 24;
    });
  }
}
