/**
 * Where a problem sits, as precisely as the input allows. `row` is the line of a CSV file
 * (header = 1), the row of an XLSX sheet, or the 0-based index of a JSON record.
 */
export interface Location {
  readonly file: string;
  readonly format?: 'csv' | 'xlsx' | 'json';
  readonly table?: string;
  readonly row?: number;
  /** Column key of the data contract, or the header as written when it is unknown. */
  readonly column?: string;
  /** The column's Vietnamese header in the data contract, which the official sees in the sheet. */
  readonly header?: string;
  /** A1 reference of the cell in an XLSX sheet, or "bảng 2, dòng 3, cột 4" of a Word table. */
  readonly cell?: string;
  /** The part of an Office file a place is in ("word/footnotes.xml"). */
  readonly part?: string;
  /** A page of a PDF. */
  readonly page?: number;
  /** Extra pointer for non-tabular places, e.g. a field of the metadata table. */
  readonly detail?: string;
  /** Place in a text document (a draft under audit): 1-based paragraph of the body… */
  readonly paragraph?: number;
  /** …or 1-based footnote, numbered as the reader sees it… */
  readonly footnote?: number;
  /** …and the 1-based sentence inside it. */
  readonly sentence?: number;
}

/** The column as the official sees it: its Vietnamese header, and the key of a CSV or JSON. */
function columnWords(loc: Location): string | undefined {
  if (!loc.column) return undefined;
  if (!loc.header || loc.header === loc.column) return `cột ${loc.column}`;
  // A workbook shows the header; a CSV file or a JSON record may be written with the key.
  return loc.format === 'xlsx' ? `cột "${loc.header}"` : `cột "${loc.header}" (${loc.column})`;
}

/**
 * Writes a location for an official. A cell of a sheet is named as Excel names it
 * (`HoSo!I36`), a column by its Vietnamese header.
 * @example formatLocation({ file: 'HoSo.csv', format: 'csv', row: 17, column: 'tiep_nhan_truc_tuyen', header: 'Tiếp nhận trực tuyến' })
 * // 'HoSo.csv, dòng 17, cột "Tiếp nhận trực tuyến" (tiep_nhan_truc_tuyen)'
 * @example formatLocation({ file: 'du-lieu.xlsx', format: 'xlsx', table: 'HoSo', row: 36, column: 'giai_quyet_dung_han', header: 'Đã giải quyết đúng hạn', cell: 'I36' })
 * // 'du-lieu.xlsx, ô HoSo!I36, cột "Đã giải quyết đúng hạn"'
 * @example formatLocation({ file: 'bao-cao.docx', paragraph: 59, sentence: 1 })
 * // 'bao-cao.docx, đoạn 59, câu 1'
 */
export function formatLocation(loc: Location): string {
  const parts = [loc.file];
  if (loc.format === 'json') {
    let path = loc.table ?? '';
    if (loc.row !== undefined) path += `[${loc.row}]`;
    if (loc.column) path += `.${loc.column}`;
    if (path) parts.push(path);
    if (loc.column && loc.header && loc.header !== loc.column) parts.push(`cột "${loc.header}"`);
  } else if (loc.format === 'xlsx' && loc.table && loc.cell) {
    parts.push(`ô ${loc.table}!${loc.cell}`);
    const column = columnWords(loc);
    if (column) parts.push(column);
  } else {
    if (loc.format === 'xlsx' && loc.table) parts.push(`trang ${loc.table}`);
    if (loc.cell) parts.push(`ô ${loc.cell}`);
    if (loc.row !== undefined) parts.push(`dòng ${loc.row}`);
    const column = columnWords(loc);
    if (column) parts.push(column);
  }
  if (loc.part) parts.push(loc.part);
  if (loc.page !== undefined) parts.push(`trang ${loc.page}`);
  if (loc.paragraph !== undefined) parts.push(`đoạn ${loc.paragraph}`);
  if (loc.footnote !== undefined) parts.push(`chú thích ${loc.footnote}`);
  if (loc.sentence !== undefined) parts.push(`câu ${loc.sentence}`);
  if (loc.detail) parts.push(loc.detail);
  return parts.join(', ');
}
