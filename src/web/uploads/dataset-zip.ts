import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FILE } from '../../contract/content-sections';
import { FOOTNOTE_RULES_FILES } from '../../contract/footnote-rules';
import { LETTER_FILE } from '../../contract/letter';
import {
  centralDirectory,
  endRecord,
  inflateEntry,
  type ZipRefusal,
} from '../../ooxml/zip-entries';
import { checkDocxZip } from '../../ooxml/zip-guard';
import { baseName } from './safe-name';

/** Most files a dataset's zip may hold: ten tables, their sources, the texts; far below. */
export const MAX_DATASET_ZIP_FILES = 200;

/** The texts a dataset's folder may hold beside its tables, kept under their own names. */
const KNOWN_FILES = new Set<string>([CONTENT_FILE, LETTER_FILE, ...FOOTNOTE_RULES_FILES]);

/** Why a zip of CSV files was not unpacked. */
export type DatasetZipRefusal =
  ZipRefusal | { readonly kind: 'no-csv' } | { readonly kind: 'duplicate'; readonly name: string };

export type DatasetZip =
  | {
      readonly ok: true;
      /** The names written into the folder. */
      readonly files: readonly string[];
      /** Entries left out: neither a table nor one of the dataset's texts. */
      readonly ignored: readonly string[];
    }
  | { readonly ok: false; readonly refusal: DatasetZipRefusal };

/**
 * A table's file name as the server writes it: letters without marks, digits, "-" and "_"
 * ("HoSo-iGate.csv" stays; "Hồ sơ.csv" is "Ho-so.csv"); null when nothing is left.
 * @example csvName('HoSo-iGate.csv') // 'HoSo-iGate.csv'
 */
export function csvName(base: string): string | null {
  const stem = base
    .replace(/\.csv$/i, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đ]/g, 'd')
    .replace(/[Đ]/g, 'D')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return stem ? `${stem}.csv` : null;
}

/**
 * Unpacks the zip of a CSV dataset folder into `into`, flat: the CSV tables and the texts of a
 * dataset (noi-dung.md, chu-thich.yaml, cong-van.md), whatever folder they sit in inside the
 * zip. The archive goes through the same guard as a workbook or a Word file first
 * (`src/ooxml/zip-guard.ts`: entry count, sizes, compression ratio, true sizes), and no name
 * from the zip is used as a path beyond its last part, cleaned (`csvName`).
 */
export function unpackDatasetZip(bytes: Buffer, into: string): DatasetZip {
  if (bytes.length === 0) return { ok: false, refusal: { kind: 'empty' } };
  if (endRecord(bytes) < 0) return { ok: false, refusal: { kind: 'corrupt' } };
  const refused = checkDocxZip(bytes);
  if (refused) return { ok: false, refusal: refused };
  const entries = centralDirectory(bytes);
  if (!Array.isArray(entries)) return { ok: false, refusal: entries };
  if (entries.length > MAX_DATASET_ZIP_FILES)
    return {
      ok: false,
      refusal: {
        kind: 'limit',
        what: 'entries',
        value: entries.length,
        limit: MAX_DATASET_ZIP_FILES,
      },
    };
  const written = new Set<string>();
  const ignored: string[] = [];
  const wanted: { name: string; entry: (typeof entries)[number] }[] = [];
  for (const entry of entries) {
    const base = baseName(entry.name);
    // Folders, and what macOS and Windows add to an archive beside the files.
    if (base === '' || base.startsWith('.') || entry.name.startsWith('__MACOSX/')) continue;
    const name = /\.csv$/i.test(base) ? csvName(base) : KNOWN_FILES.has(base) ? base : null;
    if (!name) {
      ignored.push(base);
      continue;
    }
    if (written.has(name.toLowerCase())) return { ok: false, refusal: { kind: 'duplicate', name } };
    written.add(name.toLowerCase());
    wanted.push({ name, entry });
  }
  if (!wanted.some((w) => w.name.endsWith('.csv')))
    return { ok: false, refusal: { kind: 'no-csv' } };
  for (const { name, entry } of wanted) {
    const content = inflateEntry(bytes, entry, true);
    if ('refusal' in content) return { ok: false, refusal: content.refusal };
    writeFileSync(join(into, name), content.data ?? new Uint8Array(), { mode: 0o600 });
  }
  return { ok: true, files: wanted.map((w) => w.name), ignored };
}
