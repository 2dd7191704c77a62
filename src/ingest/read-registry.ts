import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CommuneKind, Registry } from '../domain/registry';
import { projectRoot } from '../tools/project-root';
import { countLineEnds, plainRecords } from './plain-csv';

/**
 * The rows of a shipped registry file (communes, provinces, agencies), by column name. Most have
 * no quoted field, so a line is its fields between commas (plain-csv.ts): csv-parse took about
 * 40 ms of each build for the 3,321 communes. A file with a quote (csv-parse's default quoting,
 * read here, is not read-csv.ts's), a carriage return not ending a line, an empty line or a
 * row of another width than its header (an edited copy, say) is read by csv-parse, as before.
 */
export function readRegistryCsv(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8');
  return plainRows(text) ?? (parse(text, { columns: true, bom: true }) as Record<string, string>[]);
}

function plainRows(text: string): Record<string, string>[] | null {
  if (text.includes('"')) return null;
  // Windows and Unix line ends alike, even mixed; a carriage return alone stops plainRecords.
  const unix = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const [head, ...rows] = plainRecords(unix, ',', Infinity) ?? [];
  if (!head) return null;
  // An empty line, at the end too (the last record is not on the last line), or another width.
  const lines = countLineEnds(unix) + (unix.endsWith('\n') ? 0 : 1);
  const last = rows[rows.length - 1] ?? head;
  if (last.info.lines !== lines) return null;
  if (rows.some((r) => r.info.empty_lines > 0 || r.record.length !== head.record.length))
    return null;
  const keys = head.record;
  // "__proto__" as a column name would set no property by assignment: made as an entry then.
  if (keys.includes('__proto__'))
    return rows.map((r) => Object.fromEntries(keys.map((h, i) => [h, r.record[i]!])));
  // By assignment, in the header's order: 3,321 communes at every build, without a list of
  // pairs made for each.
  return rows.map((r) => {
    const row: Record<string, string> = {};
    for (let i = 0; i < keys.length; i++) row[keys[i]!] = r.record[i]!;
    return row;
  });
}

const cache = new Map<string, Registry>();

/**
 * Reads the shipped copy of the 2025 province and commune registries. The files ship with
 * the program and do not change while it runs, so each folder is parsed once per process:
 * a build needs the registry twice, and a worker of `tthc batch` once per dataset.
 */
export function readRegistry(dir = join(projectRoot(), 'data', 'registry')): Registry {
  const known = cache.get(dir);
  if (known) return known;
  const registry = parseRegistry(dir);
  cache.set(dir, registry);
  return registry;
}

function parseRegistry(dir: string): Registry {
  const provinces = readRegistryCsv(join(dir, 'tinh-thanh-2025.csv')).map((r) => ({
    code: r.ma_tinh ?? '',
    name: r.ten ?? '',
  }));
  const communes = readRegistryCsv(join(dir, 'don-vi-hanh-chinh-cap-xa-2025.csv')).map((r) => ({
    code: r.ma_xa ?? '',
    name: r.ten ?? '',
    kind: (r.loai ?? 'xa') as CommuneKind,
    provinceCode: r.ma_tinh ?? '',
  }));
  return { provinces, communes };
}
