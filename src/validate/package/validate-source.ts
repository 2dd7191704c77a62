import { findProvince } from '../../domain/find-province';
import { parsePeriodCode } from '../../domain/period';
import type { Registry } from '../../domain/registry';
import type { RawDataset } from '../../domain/raw-table';
import { makeIssue, type Issue } from '../../issues/issue';
import { expectedSource, type Asked } from '../expected-source';
import { validateDataset, type Validation } from '../validate-dataset';

/** The --province and --period a command may give to say which dataset it expects. */
export interface Expected {
  readonly province?: string;
  readonly period?: string;
}

/**
 * Validates a dataset against the registry, and checks that it is the one asked for
 * (--province, --period) and the one its file or folder name says.
 */
export function validateSource(
  raw: RawDataset,
  name: string,
  registry: Registry,
  expected: Expected = {},
): Validation {
  const { dataset, issues } = validateDataset(raw, registry);
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
  return {
    dataset,
    issues: [...argIssues, ...issues, ...expectedSource(dataset, { name, asked }, registry)],
  };
}
