import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlainDataset, PlainTable } from '../../init/empty-dataset';

/** RFC 4180: quote a field only when it holds a comma, a quote or a line break. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One table as CSV text: header line of column keys, "\n" after every record. */
export function toCsv(table: PlainTable): string {
  return [table.headers, ...table.rows].map((r) => r.map(csvField).join(',') + '\n').join('');
}

/**
 * Writes every table as `<tableId>.csv` (UTF-8, no BOM) into `dir`, creating it.
 * Returns the file names written, in the contract's order.
 */
export function writeCsvFolder(dir: string, dataset: PlainDataset): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(dataset).map(([id, table]) => {
    const file = `${id}.csv`;
    writeFileSync(join(dir, file), toCsv(table), 'utf8');
    return file;
  });
}
