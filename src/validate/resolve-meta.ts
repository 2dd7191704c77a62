import { findProvince, suggestProvince } from '../domain/find-province';
import { parsePeriodCode } from '../domain/period';
import type { Province, Registry } from '../domain/registry';
import type { Period } from '../format/calendar-types';
import { makeIssue, type Issue } from '../issues/issue';
import { locate } from './origin';
import type { RowOrigin } from '../domain/origin';

/** Resolves the province and the period named in ThongTin. */
export function resolveMeta(
  record: Record<string, unknown>,
  at: Record<string, RowOrigin>,
  registry: Registry,
): { province?: Province; period?: Period; issues: Issue[] } {
  const issues: Issue[] = [];
  const where = (key: string) => (at[key] ? locate(at[key], key) : undefined);
  let province: Province | undefined;
  let period: Period | undefined;
  if (typeof record.tinh === 'string') {
    province = findProvince(registry, record.tinh);
    if (!province) {
      const suggestion = suggestProvince(registry, record.tinh) ?? '';
      issues.push(makeIssue('UNKNOWN_PROVINCE', { value: record.tinh, suggestion }, where('tinh')));
    }
  }
  if (typeof record.ky_bao_cao === 'string') {
    period = parsePeriodCode(record.ky_bao_cao) ?? undefined;
    if (!period)
      issues.push(makeIssue('INVALID_PERIOD', { value: record.ky_bao_cao }, where('ky_bao_cao')));
  }
  return { province, period, issues };
}
