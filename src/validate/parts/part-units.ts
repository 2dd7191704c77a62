import { formatPeriodTitle } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import { locate } from '../origin';
import type { Part } from './part';
import { placeIn } from './place';

/**
 * Units with dossiers (HoSo) in some parts and not in others (issue 17): a unit created, merged
 * or simply left out of a quarter. The period adds what the parts give, so the official is told
 * which units and quarters, at the unit's first row.
 */
export function partialUnits(parts: readonly Part[]): Issue[] {
  const names = new Map(parts.flatMap((p) => p.dataset.units.map((u) => [u.id, u.name] as const)));
  const seen = new Map<string, Set<number>>();
  parts.forEach((part, i) => {
    for (const row of part.dataset.dossiers) {
      const set = seen.get(row.ma_don_vi) ?? new Set<number>();
      set.add(i);
      seen.set(row.ma_don_vi, set);
    }
  });
  const title = (i: number) => formatPeriodTitle(parts[i]!.dataset.period);
  const issues: Issue[] = [];
  for (const [id, present] of seen) {
    if (present.size === parts.length) continue;
    const first = Math.min(...present);
    const row = parts[first]!.dataset.dossiers.find((r) => r.ma_don_vi === id)!;
    const absent = parts.map((_, i) => i).filter((i) => !present.has(i));
    issues.push(
      makeIssue(
        'PART_UNIT_ABSENT',
        {
          unit: names.get(id) ?? id,
          present: [...present].sort().map(title).join(', '),
          absent: absent.map(title).join(', '),
        },
        placeIn(parts[first]!.path, locate(row.$at, 'ma_don_vi')),
      ),
    );
  }
  return issues;
}
