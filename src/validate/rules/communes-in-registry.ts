import { closestName, nameKey } from '../../domain/closest-name';
import { makeIssue, type Issue } from '../../issues/issue';
import { locate } from '../origin';
import type { Located } from '../../domain/origin';
import type { Unit } from '../../domain/dataset';
import type { Rule, RuleContext } from './context';

const KIND_LABEL: Record<string, string> = { xa: 'xã', phuong: 'phường', dac_khu: 'đặc khu' };

/**
 * Communes whose codes belong to another province, when they are most of them: the dataset
 * (or its ThongTin "tinh") is for another province. One error then says so, instead of one per
 * commune.
 */
function otherProvince(ctx: RuleContext, communes: readonly Located<Unit>[]): Issue | undefined {
  const { dataset, registry } = ctx;
  const provinceOf = new Map(registry.communes.map((c) => [c.code, c.provinceCode]));
  const counts = new Map<string, number>();
  for (const u of communes) {
    const p = provinceOf.get(u.id);
    if (p !== undefined) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const [code, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (code === dataset.province.code || count * 2 <= communes.length) return undefined;
  const other = registry.provinces.find((p) => p.code === code)?.name ?? code;
  const params = { other, count, total: communes.length, province: dataset.province.name };
  const at = dataset.metaAt?.tinh;
  return makeIssue('COMMUNES_OF_OTHER_PROVINCE', params, at ? locate(at, 'tinh') : undefined);
}

/**
 * Communes must be the province's communes of the 2025 registry, with their official code,
 * name and kind. A misspelt name is reported with the official one, never copied.
 */
export const communesInRegistry: Rule = (ctx) => {
  const { dataset, registry } = ctx;
  const issues: Issue[] = [];
  const communes = dataset.units.filter((u) => u.kind !== 'co_quan');
  const wrongProvince = otherProvince(ctx, communes);
  if (wrongProvince) return [wrongProvince];
  const own = registry.communes.filter((c) => c.provinceCode === dataset.province.code);
  const byCode = new Map(own.map((c) => [c.code, c]));
  const seen = new Set<string>();
  for (const u of communes) {
    const official = byCode.get(u.id);
    // Excel drops the leading zero of a code typed in a number cell: 02908 → 2908.
    const padded = /^\d{1,4}$/.test(u.id) ? byCode.get(u.id.padStart(5, '0')) : undefined;
    if (!official && padded) {
      seen.add(padded.code);
      const params = { id: u.id, name: padded.name, official: padded.code };
      issues.push(makeIssue('UNIT_CODE_LEADING_ZERO', params, locate(u.$at, 'ma_don_vi')));
      continue;
    }
    if (!official) {
      const suggestion =
        closestName(
          u.name,
          own.map((c) => c.name),
        ) ?? '';
      const params = { name: u.name, id: u.id, province: dataset.province.name, suggestion };
      issues.push(makeIssue('COMMUNE_NOT_IN_REGISTRY', params, locate(u.$at, 'ma_don_vi')));
      continue;
    }
    seen.add(official.code);
    if (nameKey(official.name) !== nameKey(u.name))
      issues.push(
        makeIssue(
          'COMMUNE_NAME_MISMATCH',
          { name: u.name, id: u.id, official: official.name },
          locate(u.$at, 'ten'),
        ),
      );
    if (official.kind !== u.kind)
      issues.push(
        makeIssue(
          'COMMUNE_KIND_MISMATCH',
          {
            kind: u.kind,
            official: official.name,
            officialKind: KIND_LABEL[official.kind] ?? official.kind,
          },
          locate(u.$at, 'loai'),
        ),
      );
  }
  const missing = own.filter((c) => !seen.has(c.code));
  if (seen.size > 0 && missing.length > 0) {
    const examples = missing
      .slice(0, 3)
      .map((c) => c.name)
      .join(', ');
    const at = dataset.units[0]?.$at;
    const params = { count: missing.length, province: dataset.province.name, examples };
    issues.push(
      makeIssue(
        'COMMUNES_MISSING',
        params,
        at ? { file: at.file, format: at.format, table: at.table } : undefined,
      ),
    );
  }
  return issues;
};
