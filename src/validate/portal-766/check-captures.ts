import type { IndicatorSet } from '../../contract/indicator-sets';
import { nameKey } from '../../domain/closest-name';
import type { Province } from '../../domain/registry';
import { formatNumber, provinceMention } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import type { Capture, PortalUnit } from './portal-capture';
import { pagesOf } from './read-capture';

/** Every page of the set once: a snapshot is complete only with all of its groups. */
function pagesOnce(captures: readonly Capture[], set: IndicatorSet, folder: string): Issue[] {
  const issues: Issue[] = [];
  for (const g of set.groups) {
    const found = captures.filter((c) => c.group.column === g.column);
    if (found.length === 0)
      issues.push(
        makeIssue(
          'PORTAL_GROUP_MISSING',
          { group: g.name, page: g.portal ?? '', pages: pagesOf(set) },
          { file: folder },
        ),
      );
    for (const extra of found.slice(1))
      issues.push(
        makeIssue(
          'PORTAL_GROUP_TWICE',
          { group: g.name, other: found[0]!.file },
          { file: extra.file },
        ),
      );
  }
  return issues;
}

/** Every page is of the province asked for, and of one and the same province. */
function oneProvince(captures: readonly Capture[], province: Province): Issue[] {
  const expected = provinceMention(province.name);
  const first = captures[0];
  return captures.flatMap((c) => {
    if (!nameKey(c.root.name).includes(nameKey(expected)))
      return [
        makeIssue(
          'PORTAL_OTHER_PROVINCE',
          { found: c.root.name, expected },
          { file: c.file, detail: 'data, đơn vị gốc' },
        ),
      ];
    if (first && c.root.id !== first.root.id)
      return [
        makeIssue(
          'PORTAL_OTHER_PROVINCE',
          {
            found: `${c.root.name} (mã ${c.root.id})`,
            expected: `${first.root.name} (mã ${first.root.id}) của tệp ${first.file}`,
          },
          { file: c.file, detail: 'data, đơn vị gốc' },
        ),
      ];
    return [];
  });
}

/** A page saved with fewer rows than the portal has: the rest of the province is missing. */
function wholePages(captures: readonly Capture[]): Issue[] {
  return captures.flatMap((c) =>
    c.pages && (c.pages.totalPages > 1 || c.pages.total !== c.units.length)
      ? [
          makeIssue(
            'PORTAL_PAGE_INCOMPLETE',
            { rows: c.units.length, total: c.pages.total },
            { file: c.file, detail: 'data.pagination' },
          ),
        ]
      : [],
  );
}

/**
 * The maxima the portal printed are those of the set (a page of another year's set would not
 * be), and no score exceeds its maximum.
 */
function withinMaxima(captures: readonly Capture[], set: IndicatorSet): Issue[] {
  const issues: Issue[] = [];
  for (const c of captures) {
    const at = (u: PortalUnit, f: string) => ({ file: c.file, detail: `${u.at}.${f} (${u.name})` });
    if (c.root.max !== null && c.root.max !== c.group.max)
      issues.push(
        makeIssue(
          'PORTAL_MAX_MISMATCH',
          {
            what: `nhóm "${c.group.name}"`,
            found: formatNumber(c.root.max),
            max: c.group.max,
            set: set.id,
          },
          at(c.root, 'totalMaxScore'),
        ),
      );
    for (const u of [c.root, ...c.units]) {
      if (u.score !== null && u.score > c.group.max)
        issues.push(
          makeIssue(
            'PORTAL_SCORE_ABOVE_MAX',
            {
              what: `nhóm "${c.group.name}"`,
              score: formatNumber(u.score),
              max: c.group.max,
              set: set.id,
            },
            at(u, 'score'),
          ),
        );
      for (const def of c.group.subIndicators) {
        const s = u.subs.get(def.code);
        if (!s) continue;
        if (u === c.root && s.max !== null && s.max !== def.max)
          issues.push(
            makeIssue(
              'PORTAL_MAX_MISMATCH',
              { what: `chỉ số ${def.code}`, found: formatNumber(s.max), max: def.max, set: set.id },
              at(u, `metrics[${def.code}].maxScore`),
            ),
          );
        if (s.score !== null && s.score > def.max)
          issues.push(
            makeIssue(
              'PORTAL_SCORE_ABOVE_MAX',
              {
                what: `chỉ số ${def.code}`,
                score: formatNumber(s.score),
                max: def.max,
                set: set.id,
              },
              at(u, `metrics[${def.code}].score`),
            ),
          );
      }
    }
  }
  return issues;
}

/** Every department is on every page: without one of its groups, its total cannot be made. */
function sameDepartments(captures: readonly Capture[]): Issue[] {
  const issues: Issue[] = [];
  const all = new Map<string, { unit: PortalUnit; file: string }>();
  for (const c of captures)
    for (const u of c.units) if (!all.has(u.id)) all.set(u.id, { unit: u, file: c.file });
  for (const c of captures) {
    const here = new Set(c.units.map((u) => u.id));
    for (const { unit, file } of all.values())
      if (!here.has(unit.id))
        issues.push(
          makeIssue('PORTAL_UNIT_MISSING', { name: unit.name, other: file }, { file: c.file }),
        );
    const seen = new Set<string>();
    for (const u of c.units) {
      if (seen.has(u.id))
        issues.push(
          makeIssue('PORTAL_UNIT_REPEATED', { name: u.name }, { file: c.file, detail: u.at }),
        );
      seen.add(u.id);
    }
  }
  return issues;
}

/**
 * All pages of one period: three pages count each department's dossiers received, which must
 * agree, and the monthly charts must cover the same months. (The transparency and payment
 * pages carry nothing of their period: a page of another period among them cannot be seen.)
 */
function onePeriod(captures: readonly Capture[]): Issue[] {
  const counted = captures.filter((c) => c.units.some((u) => u.dossiers !== null));
  for (let i = 1; i < counted.length; i++) {
    const [a, b] = [counted[0]!, counted[i]!];
    const other = new Map(b.units.map((u) => [u.id, u]));
    for (const u of [a.root, ...a.units]) {
      const v = u === a.root ? b.root : other.get(u.id);
      if (!v || u.dossiers === null || v.dossiers === null || u.dossiers === v.dossiers) continue;
      return [
        makeIssue(
          'PORTAL_PERIODS_MIXED',
          {
            reason: `${u.name} có ${formatNumber(u.dossiers)} hồ sơ tiếp nhận trong tệp ${a.file} nhưng ${formatNumber(v.dossiers)} hồ sơ trong tệp ${b.file}`,
          },
          { file: b.file },
        ),
      ];
    }
  }
  const charted = captures.filter((c) => c.months !== null);
  for (const c of charted.slice(1)) {
    const first = charted[0]!;
    if (c.months!.join() !== first.months!.join())
      return [
        makeIssue(
          'PORTAL_PERIODS_MIXED',
          {
            reason: `biểu đồ theo tháng của tệp ${first.file} có số liệu các tháng ${first.months!.join(', ')}, của tệp ${c.file} các tháng ${c.months!.join(', ')}`,
          },
          { file: c.file },
        ),
      ];
  }
  return [];
}

/**
 * The saved pages, together: each page of the set once, of the province asked for, whole, of
 * one period, with the set's maxima and no score beyond them, listing the same departments.
 */
export function checkCaptures(
  captures: readonly Capture[],
  set: IndicatorSet,
  province: Province,
  folder: string,
): Issue[] {
  return [
    ...pagesOnce(captures, set, folder),
    ...oneProvince(captures, province),
    ...wholePages(captures),
    ...withinMaxima(captures, set),
    ...sameDepartments(captures),
    ...onePeriod(captures),
  ];
}
