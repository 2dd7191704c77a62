// The sample datasets in the shapes an official uploads: the init workbook filled with the
// Lào Cai Q1 sample, a broken copy of it, the sample folder as a zip of CSV files, as JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sampleWorkbook, sampleZip } from '../../scripts/sample-workbook';
import { SAMPLE_Q1 } from './load-sample';
import { readCsvFolder, toJsonDocument } from './sample-formats';

let workbook: Promise<Buffer> | undefined;

/** The Q1 sample as the init workbook, filled (made once per test file). */
export const q1Workbook = (): Promise<Buffer> => (workbook ??= sampleWorkbook(SAMPLE_Q1));

/** The report's content file of the Q1 sample. */
export const q1Content = (): Buffer => readFileSync(join(SAMPLE_Q1, 'noi-dung.md'));

/** The Q1 sample folder (tables and content file) as a zip. */
export const q1Zip = (): Buffer => sampleZip(SAMPLE_Q1, 'lao-cai-2026-q1');

/** The Q1 sample's tables as one JSON document. */
export const q1Json = (): string => JSON.stringify(toJsonDocument(readCsvFolder(SAMPLE_Q1)));

/**
 * The Q1 workbook with two wrong cells in sheet HoSo (A code, B the unit's name, C field, D total):
 * E2 (Tiếp nhận trực tuyến) holds words, F3 (Tiếp nhận trực tiếp và qua BCCI) a negative count.
 */
export async function brokenQ1Workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await q1Workbook()) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('HoSo')!;
  sheet.getCell('E2').value = 'mười lăm nghìn';
  sheet.getCell('F3').value = -5;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
