import { basename } from 'node:path';
import { findProvince } from '../domain/find-province';
import { parsePeriodCode } from '../domain/period';
import { readDataset } from '../ingest/read-dataset';
import { readRegistry } from '../ingest/read-registry';
import { makeIssue, type Issue } from '../issues/issue';
import { expectedSource, type Asked } from '../validate/expected-source';
import { validateDataset, type Validation } from '../validate/validate-dataset';

/** The --province and --period a command may give to say which dataset it expects. */
export interface Expected {
  readonly province?: string;
  readonly period?: string;
}

/** Options of validate and build: the dataset must be of this province and period. */
export const EXPECTED_OPTIONS = {
  province: {
    type: 'string',
    describe: 'Tỉnh của bộ dữ liệu (mã hoặc tên); báo lỗi nếu dữ liệu là của tỉnh khác',
  },
  period: {
    type: 'string',
    describe: 'Kỳ báo cáo của bộ dữ liệu (2026-Q1, 2026-H1…); báo lỗi nếu dữ liệu là của kỳ khác',
  },
} as const;

/**
 * Reads and validates the --data argument against the shipped registry; checks that it is the
 * dataset asked for (--province, --period) and the one its file or folder name says.
 */
export async function loadDataset(path: string, expected: Expected = {}): Promise<Validation> {
  const registry = readRegistry();
  const { dataset, issues } = validateDataset(await readDataset(path), registry);
  const argIssues: Issue[] = [];
  const asked: { province?: Asked['province']; period?: Asked['period'] } = {};
  if (expected.province !== undefined) {
    asked.province = findProvince(registry, expected.province);
    if (!asked.province)
      argIssues.push(
        makeIssue('UNKNOWN_PROVINCE', { value: expected.province }, { file: '--province' }),
      );
  }
  if (expected.period !== undefined) {
    asked.period = parsePeriodCode(expected.period) ?? undefined;
    if (!asked.period)
      argIssues.push(makeIssue('INVALID_PERIOD', { value: expected.period }, { file: '--period' }));
  }
  if (!dataset) return { dataset, issues: [...argIssues, ...issues] };
  const source = { name: basename(path.replace(/[\\/]+$/, '')), asked };
  return {
    dataset,
    issues: [...argIssues, ...issues, ...expectedSource(dataset, source, registry)],
  };
}
