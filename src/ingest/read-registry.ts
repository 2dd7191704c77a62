import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CommuneKind, Registry } from '../domain/registry';
import { projectRoot } from '../tools/project-root';

/**
 * The rows of a shipped registry file (communes, provinces, agencies), by column name. Most have
 * no quoted field, so a line is its fields between commas: csv-parse took about 40 ms of each
 * build for the 3,321 communes. A file with a quote, a carriage return not ending a line, an empty line or a row of
 * another width than its header (an edited copy, say) is read by csv-parse, as before.
 */
export function readRegistryCsv(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8');
  return plainRows(text) ?? (parse(text, { columns: true, bom: true }) as Record<string, string>[]);
}

function plainRows(text: string): Record<string, string>[] | null {
  if (text.includes('"') || /\r(?!\n)/.test(text)) return null;
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r?\n$/, '')
    .split(/\r?\n/);
  const header = lines[0]!.split(',');
  const rows: Record<string, string>[] = [];
  for (const line of lines.slice(1)) {
    const fields = line.split(',');
    if (line === '' || fields.length !== header.length) return null;
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = fields[i]!));
    rows.push(row);
  }
  return rows;
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
