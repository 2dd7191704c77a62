import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { SAMPLE_766, SAMPLE_Q1 } from './load-sample';

export { validatePath } from './load-sample';

/** The bundled sample datasets, by short name. */
export const SAMPLES = { q1: SAMPLE_Q1, '766': SAMPLE_766 } as const;
export type SampleName = keyof typeof SAMPLES;

const copies: string[] = [];

/** A fresh temporary folder, removed by `removeTempFolders`. */
export function tempFolder(prefix = 'tthc-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  copies.push(dir);
  return dir;
}

/** A fresh copy of a sample dataset in a temporary folder, safe to edit. */
export function copySample(name: SampleName): string {
  const dir = tempFolder(`tthc-${name}-`);
  cpSync(SAMPLES[name], dir, { recursive: true });
  return dir;
}

/** Deletes every temporary folder made by this module (call in afterAll). */
export function removeTempFolders(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Editing CSV files line by line. The samples have one record per physical line, so a line
// number is also the row number the validator reports (header = line 1).

const parseLine = (line: string): string[] =>
  (parse(line, { relax_column_count: true }) as string[][])[0] ?? [];

const quote = (cell: string): string =>
  /[",;\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;

/** One CSV line from cells, quoting only where needed. */
export const csvLine = (cells: readonly string[]): string => cells.map(quote).join(',');

function editLines(dir: string, file: string, edit: (lines: string[]) => void): void {
  const path = join(dir, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  edit(lines);
  writeFileSync(path, lines.join('\n'));
}

function columnIndex(lines: readonly string[], file: string, column: string): number {
  const index = parseLine(lines[0] ?? '').indexOf(column);
  if (index < 0) throw new Error(`${file} has no column ${column}`);
  return index;
}

function recordAt(lines: readonly string[], file: string, line: number): string[] {
  const cells = parseLine(lines[line - 1] ?? '');
  if (line < 2 || cells.length === 0) throw new Error(`${file} has no record on line ${line}`);
  return cells;
}

/** The text of one cell of a CSV file, by line number (header = 1) and column key. */
export function cellOf(dir: string, file: string, line: number, column: string): string {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  return recordAt(lines, file, line)[columnIndex(lines, file, column)] ?? '';
}

/** Replaces one cell of a CSV file, by line number (header = 1) and column key. */
export function setCell(dir: string, file: string, line: number, column: string, value: string) {
  editLines(dir, file, (lines) => {
    const cells = recordAt(lines, file, line);
    cells[columnIndex(lines, file, column)] = value;
    lines[line - 1] = csvLine(cells);
  });
}

/** Rewrites one whole record of a CSV file. */
export function setLine(dir: string, file: string, line: number, cells: readonly string[]) {
  editLines(dir, file, (lines) => {
    recordAt(lines, file, line);
    lines[line - 1] = csvLine(cells);
  });
}

/** Removes a column from the header and from every record. */
export function deleteColumn(dir: string, file: string, column: string) {
  editLines(dir, file, (lines) => {
    const index = columnIndex(lines, file, column);
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const cells = parseLine(line);
      cells.splice(index, 1);
      lines[i] = csvLine(cells);
    });
  });
}

/** Appends a column: `header` on line 1 and `value` on every record. */
export function addColumn(dir: string, file: string, header: string, value: string) {
  editLines(dir, file, (lines) => {
    lines.forEach((line, i) => {
      if (line.trim() !== '') lines[i] = csvLine([...parseLine(line), i === 0 ? header : value]);
    });
  });
}

/** Writes (or overwrites) a file of the dataset folder. */
export function writeDataFile(dir: string, file: string, text: string | Buffer) {
  writeFileSync(join(dir, file), text);
}

/** Deletes a file of the dataset folder. */
export function deleteDataFile(dir: string, file: string) {
  rmSync(join(dir, file));
}
