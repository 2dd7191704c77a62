import { closestName, nameKey } from '../../domain/closest-name';
import { makeIssue, type Issue } from '../../issues/issue';
import { locate } from '../origin';
import type { Rule } from './context';

const KIND_LABEL: Record<string, string> = { xa: 'xã', phuong: 'phường', dac_khu: 'đặc khu' };

/**
 * Communes must be the province's communes of the 2025 registry, with their official code,
 * name and kind. A misspelt name is reported with the official one, never copied.
 */
export const communesInRegistry: Rule = ({ dataset, registry }) => {
  const issues: Issue[] = [];
  const own = registry.communes.filter((c) => c.provinceCode === dataset.province.code);
  const byCode = new Map(own.map((c) => [c.code, c]));
  const seen = new Set<string>();
  for (const u of dataset.units) {
    if (u.kind === 'co_quan') continue;
    const official = byCode.get(u.id);
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
