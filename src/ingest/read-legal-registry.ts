import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { makeIssue, type Issue } from '../issues/issue';
import { parseCsv } from './read-csv';
import { readRegistryCsv } from './read-registry';
import type { RawTable } from '../domain/raw-table';
import { projectRoot } from '../tools/project-root';

const REGISTRY = () => join(projectRoot(), 'data', 'registry');

/**
 * The shipped registry of legal documents the reports cite (van-ban-phap-luat.csv), as rows;
 * an office extends it by adding lines. Validation is validate/legal-registry.ts.
 */
export function readLegalRegistry(
  file = join(REGISTRY(), 'van-ban-phap-luat.csv'),
): RawTable | Issue {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return makeIssue('FILE_UNREADABLE', { reason: (err as Error).message }, { file });
  }
  return parseCsv(text, 'VanBanPhapLuat', basename(file));
}

/**
 * Official names of the agencies whose capitals audit checks: the provincial departments (Sở …,
 * so-nganh-2025.csv) and the central bodies, ministries and ministry-level agencies after the
 * 2025 reorganisation (bo-nganh-2025.csv, with its source, Nghị quyết 176/2025/QH15).
 */
export function readAgencyNames(
  files = [join(REGISTRY(), 'so-nganh-2025.csv'), join(REGISTRY(), 'bo-nganh-2025.csv')],
): string[] {
  return files.flatMap((file) => {
    return readRegistryCsv(file)
      .map((r) => (r.ten ?? '').normalize('NFC').trim())
      .filter((n) => n !== '');
  });
}
