/**
 * The bundled sample datasets as an official would upload them to the web app: the workbook of
 * `tthc init` (Vietnamese headers, HuongDan, drop-downs) filled with a sample's CSV tables, and
 * the sample folder as a zip of CSV files. Used by the web app's browser tests, its screenshots
 * and the load test (scripts/bench/web-load.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import PizZip from 'pizzip';
import { TABLES } from '../src/contract/tables';
import { findProvince } from '../src/domain/find-province';
import { parsePeriodCode, periodBounds } from '../src/domain/period';
import { readRegistry } from '../src/ingest/read-registry';
import type { PlainDataset, PlainTable } from '../src/init/empty-dataset';
import { buildWorkbook } from '../src/render/init/write-workbook';

function readTable(folder: string, id: string): PlainTable {
  const path = join(folder, `${id}.csv`);
  if (!existsSync(path)) return { headers: [], rows: [] };
  const [headers = [], ...rows] = parse(readFileSync(path, 'utf8')) as string[][];
  return { headers, rows };
}

/** A sample folder's tables written into the init workbook, as bytes of an .xlsx file. */
export async function sampleWorkbook(folder: string): Promise<Buffer> {
  const dataset = Object.fromEntries(
    TABLES.map((t) => [t.id, readTable(folder, t.id)]),
  ) as unknown as PlainDataset;
  const meta = dataset.ThongTin;
  const field = (key: string) => meta.rows.find((r) => r[0] === key)?.[1] ?? '';
  const province = findProvince(readRegistry(), field('tinh'));
  const period = parsePeriodCode(field('ky_bao_cao'));
  if (!province || !period) throw new Error(`${folder}: no province or period in ThongTin.csv`);
  const { from } = periodBounds(period);
  const createdAt = new Date(Date.UTC(from.year, from.month - 1, from.day));
  const bytes = await buildWorkbook(dataset, { province, period, createdAt }).xlsx.writeBuffer();
  return Buffer.from(bytes);
}

/** A sample folder as a zip of its files (CSV tables and texts), inside a folder of its name. */
export function sampleZip(folder: string, name: string): Buffer {
  const zip = new PizZip();
  for (const file of readdirSync(folder).sort())
    zip.file(`${name}/${file}`, readFileSync(join(folder, file)));
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
