import { asciiKey } from '../domain/closest-name';
import { parsePeriodCode, periodCode } from '../domain/period';
import { provinceSlug } from '../domain/province-slug';
import type { Province, Registry } from '../domain/registry';
import { formatPeriodTitle } from '../format';
import type { Period } from '../format/calendar-types';
import { makeIssue, type Issue } from '../issues/issue';
import type { Dataset } from '../domain/dataset';
import { locate } from './origin';

/** What the command line asked for (tthc build --province 15 --period 2026-Q1), if anything. */
export interface Asked {
  readonly province?: Province;
  readonly period?: Period;
}

const describe = (province?: Province, period?: Period) =>
  [province?.name, period && formatPeriodTitle(period)].filter(Boolean).join(', ');

/**
 * The province and period a file or folder name states, the way tthc names what it writes:
 * "lao-cai-2026-q1", "du-lieu-lai-chau-2026-q2.xlsx", "lao-cai-766-2025-08" (province only).
 */
export function namedInSource(
  name: string,
  registry: Registry,
): { province?: Province; period?: Period } {
  const key = asciiKey(name.replace(/\.[a-z]+$/i, ''))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const found = registry.provinces
    .map((p) => ({ p, slug: provinceSlug(p) }))
    .filter(({ slug }) => slug && new RegExp(`(^|-)${slug}(-|$)`).test(key))
    .sort((a, b) => b.slug.length - a.slug.length)[0];
  if (!found) return {};
  const tail = new RegExp(`(?:^|-)${found.slug}-(\\d{4}(?:-(?:q[1-4]|h1|9m))?)$`).exec(key)?.[1];
  return { province: found.p, period: (tail && parsePeriodCode(tail)) || undefined };
}

/**
 * A dataset for another province or period than the one asked for on the command line
 * (error), or than its folder or file name says (warning: the output is named after ThongTin).
 */
export function expectedSource(
  dataset: Dataset,
  source: { readonly name: string; readonly asked?: Asked },
  registry: Registry,
): Issue[] {
  const issues: Issue[] = [];
  const where = (field: string) => {
    const at = dataset.metaAt?.[field];
    return at ? locate(at, field) : undefined;
  };
  const { asked } = source;
  if (asked?.province && asked.province.code !== dataset.province.code)
    issues.push(
      makeIssue(
        'PROVINCE_NOT_AS_ASKED',
        { found: dataset.province.name, asked: asked.province.name },
        where('tinh'),
      ),
    );
  if (asked?.period && periodCode(asked.period) !== periodCode(dataset.period))
    issues.push(
      makeIssue(
        'PERIOD_NOT_AS_ASKED',
        { found: formatPeriodTitle(dataset.period), asked: formatPeriodTitle(asked.period) },
        where('ky_bao_cao'),
      ),
    );
  const named = namedInSource(source.name, registry);
  const provinceDiffers = named.province && named.province.code !== dataset.province.code;
  const periodDiffers = named.period && periodCode(named.period) !== periodCode(dataset.period);
  if (provinceDiffers || periodDiffers)
    issues.push(
      makeIssue(
        'SOURCE_NAME_MISMATCH',
        {
          name: source.name,
          named: describe(named.province, named.period),
          found: describe(
            named.province ? dataset.province : undefined,
            named.period ? dataset.period : undefined,
          ),
        },
        { file: source.name },
      ),
    );
  return issues;
}
