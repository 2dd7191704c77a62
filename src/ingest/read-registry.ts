import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CommuneKind, Registry } from '../domain/registry';
import { projectRoot } from '../tools/project-root';

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
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
  const provinces = readCsv(join(dir, 'tinh-thanh-2025.csv')).map((r) => ({
    code: r.ma_tinh ?? '',
    name: r.ten ?? '',
  }));
  const communes = readCsv(join(dir, 'don-vi-hanh-chinh-cap-xa-2025.csv')).map((r) => ({
    code: r.ma_xa ?? '',
    name: r.ten ?? '',
    kind: (r.loai ?? 'xa') as CommuneKind,
    provinceCode: r.ma_tinh ?? '',
  }));
  return { provinces, communes };
}
