import type ExcelJS from 'exceljs';
import type { ColumnDef } from '../../contract/column';
import type { TableDef } from '../../contract/table';
import { FIELD_COLUMN_KEYS, type PlainTable } from '../../init/empty-dataset';
import type { NoteContext } from './column-examples';
import { columnFormat, columnNote, columnValidation } from './column-rules';
import type { OptionLists } from './option-lists';
import { addCheckColumn } from './check-column';
import { addValidation, cellValue, newSheet } from './sheet-cells';

/** Rows below the prefilled ones that get drop-downs and checks. */
const SPARE_ROWS = 500;

/** Headers of a `fields` sheet; the reader accepts "Trường"/"Giá trị" for truong/gia_tri. */
export const FIELD_HEADERS = ['Trường', 'Giá trị', 'Mô tả'] as const;

const widthOf = (col: ColumnDef) =>
  Math.min(40, Math.max(col.type === 'text' ? 18 : 12, col.example.length + 4));

/** What every sheet shares: the notes' context and the range of DonVi's unit codes. */
export interface SheetContext extends NoteContext {
  /** "DonVi!$A$2:$A$576": the units, with room for those the official adds. */
  readonly unitCodes: string;
}

/** Rows of DonVi (and of the tables it prefills) that get checks: units plus room to add. */
export const usedRows = (rows: number) => rows + SPARE_ROWS + 1;

/**
 * A drop-down of DonVi's codes. Only a warning: a province reading (TINH) or a unit typed by
 * its name, which the tool accepts, must be kept.
 */
const unitList = (range: string): ExcelJS.DataValidation => ({
  type: 'list',
  formulae: [range],
  allowBlank: true,
  showErrorMessage: true,
  errorStyle: 'warning',
  errorTitle: 'Mã đơn vị',
  error: 'Mã này không có trong trang DonVi. Chọn mã trong danh sách, hoặc thêm đơn vị vào DonVi.',
});

/** Vietnamese headers with notes; checks and formats on the prefilled rows plus spare ones. */
export function addRowsSheet(
  wb: ExcelJS.Workbook,
  def: TableDef,
  table: PlainTable,
  lists: OptionLists,
  ctx: SheetContext,
) {
  const sheet = newSheet(
    wb,
    def.id,
    def.columns.map((c) => c.header),
  );
  const last = usedRows(table.rows.length);
  def.columns.forEach((col, i) => {
    sheet.getCell(1, i + 1).note = columnNote(col, ctx);
    const column = sheet.getColumn(i + 1);
    column.width = widthOf(col);
    const format = columnFormat(col);
    if (format) column.numFmt = format;
    const listRange = lists.rangeFor(`${def.id}.${col.key}`, col);
    const unitColumn = col.key === 'ma_don_vi' && def.id !== 'DonVi';
    addValidation(
      sheet,
      `${column.letter}2:${column.letter}${last}`,
      unitColumn ? unitList(ctx.unitCodes) : columnValidation(col, listRange),
    );
    // Prefilled from DonVi: grey, so the white cells are those the official fills.
    if (def.prefilled?.includes(col.key))
      for (let r = 2; r <= table.rows.length + 1; r++)
        sheet.getCell(r, i + 1).fill = PREFILLED_FILL;
  });
  table.rows.forEach((cells, r) =>
    table.headers.forEach((key, i) => {
      const at = def.columns.findIndex((c) => c.key === key);
      if (at >= 0) sheet.getCell(r + 2, at + 1).value = cellValue(def.columns[at], cells[i] ?? '');
    }),
  );
  addCheckColumn(sheet, def, table, last);
}

const PREFILLED_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFEDEDED' },
};

/** Field key in column A (what the reader matches), value in B, description in C. */
export function addFieldsSheet(
  wb: ExcelJS.Workbook,
  def: TableDef,
  table: PlainTable,
  lists: OptionLists,
  ctx: NoteContext,
) {
  const sheet = newSheet(wb, def.id, FIELD_HEADERS);
  [
    'Mã cột: truong\nMã trường, không sửa.',
    'Mã cột: gia_tri\nĐiền giá trị của trường.',
    'Mã cột: mo_ta\nChỉ để đọc.',
  ].forEach((note, i) => (sheet.getCell(1, i + 1).note = note));
  [28, 40, 90].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const [k, v, d] = FIELD_COLUMN_KEYS.map((h) => table.headers.indexOf(h));
  table.rows.forEach((cells, r) => {
    const key = cells[k ?? -1] ?? '';
    const col = def.columns.find((c) => c.key === key);
    const [a, b, c] = [1, 2, 3].map((n) => sheet.getCell(r + 2, n)) as [
      ExcelJS.Cell,
      ExcelJS.Cell,
      ExcelJS.Cell,
    ];
    a.value = key;
    b.value = cellValue(col, cells[v ?? -1] ?? '');
    c.value = cells[d ?? -1] ?? '';
    c.alignment = { wrapText: true, vertical: 'top' };
    if (!col) return;
    b.note = columnNote(col, ctx);
    // A blank cell without a style is left out of the sheet's XML, and readers that go by the
    // cells (exceljs, when an official's copy passes through it) drop its note: a style keeps
    // the cell, and the note, in every copy.
    b.alignment = { vertical: 'top' };
    const format = columnFormat(col);
    if (format) b.numFmt = format;
    addValidation(
      sheet,
      b.address,
      columnValidation(col, lists.rangeFor(`${def.id}.${col.key}`, col)),
    );
  });
}
