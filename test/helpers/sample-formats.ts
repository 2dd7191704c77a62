import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { ColumnDef } from '../../src/contract/column';
import { TABLES } from '../../src/contract/tables';

/** One CSV file of a sample folder, as text cells. */
export interface CsvTable {
  /** File name without extension: the table id, e.g. "HoSo". */
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Every CSV file of a folder, in file-name order. */
export function readCsvFolder(dir: string): CsvTable[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((file) => {
      const [header = [], ...rows] = parse(readFileSync(join(dir, file), 'utf8')) as string[][];
      return { name: basename(file, '.csv'), header, rows };
    });
}

/**
 * The contract column a cell belongs to: by header key in a `rows` table; in a `fields`
 * table the `gia_tri` cell takes the definition of the field named in `truong`.
 */
function columnOf(table: CsvTable, row: readonly string[], index: number): ColumnDef | undefined {
  const def = TABLES.find((t) => t.id === table.name);
  if (!def) throw new Error(`${table.name} is not a table of the contract`);
  const columns: readonly ColumnDef[] = def.columns;
  if (def.shape === 'rows') return columns.find((c) => c.key === table.header[index]);
  if (table.header[index] !== 'gia_tri') return undefined;
  return columns.find((c) => c.key === row[table.header.indexOf('truong')]);
}

/** A CSV cell with the type the contract gives its column: number, UTC date or text; null if blank. */
export function typedCell(
  table: CsvTable,
  row: readonly string[],
  index: number,
): string | number | Date | null {
  const text = row[index] ?? '';
  if (text === '') return null;
  switch (columnOf(table, row, index)?.type) {
    case 'count':
    case 'decimal':
    case 'percent':
      return Number(text);
    case 'date': {
      const [y, m, d] = text.split('-').map(Number);
      return new Date(Date.UTC(y ?? NaN, (m ?? NaN) - 1, d ?? NaN));
    }
    default:
      return text;
  }
}

/** A workbook as Excel would hold the tables: one sheet per CSV file, typed cells. */
export function toWorkbook(tables: readonly CsvTable[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name);
    sheet.addRow([...table.header]);
    for (const row of table.rows) sheet.addRow(row.map((_, i) => typedCell(table, row, i)));
  }
  return workbook;
}

/** The bytes of an .xlsx file. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The tables as one JSON document: `{ "<table>": [ { col: value } ] }`, numbers as JSON
 * numbers, dates as their ISO text, blanks as null. ThongTin is written as one object
 * `{ field: value }`; SoLieu keeps the record form `[ { truong, gia_tri } ]`.
 */
export function toJsonDocument(tables: readonly CsvTable[]): Record<string, unknown> {
  const doc: Record<string, unknown> = {};
  for (const table of tables) {
    const value = (row: readonly string[], i: number) => {
      const cell = typedCell(table, row, i);
      return cell instanceof Date ? row[i] : cell;
    };
    const records = table.rows.map((row) =>
      Object.fromEntries(table.header.map((key, i) => [key, value(row, i)])),
    );
    const [field, given] = [table.header.indexOf('truong'), table.header.indexOf('gia_tri')];
    doc[table.name] =
      table.name === 'ThongTin'
        ? Object.fromEntries(table.rows.map((row) => [row[field], value(row, given)]))
        : records;
  }
  return doc;
}
