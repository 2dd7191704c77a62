import { pushTo } from '../push-to';
import { formatPeriodTitle } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import type { Location } from '../../issues/location';
import { figureQuote, type Check } from '../context';
import { blocksOf, locate } from '../draft';
import { figures } from '../figure-cache';
import { groupsOf, labelsOf } from '../prose-labels';
import { show } from './figures-vs-data';
import { titlePeriod } from './period';

interface Said {
  readonly value: number;
  readonly decimals: number;
  readonly percent: boolean;
  readonly excerpt: string;
  readonly name: string;
  readonly at: Location;
}

/**
 * Without --data: a figure the text gives twice under the same words (section 3 and section 10
 * of a report, a narrative and its footnote) must be the same both times. The figures are named
 * by the catalogue's prose words, as for the data (src/audit/prose-labels.ts); the value most
 * places give is taken as meant. With --data each is compared with the data instead
 * (figures-vs-data.ts).
 */
export const repeatedFigures: Check = (draft, ctx) => {
  if (ctx.model) return [];
  const title = titlePeriod(draft);
  const period = title ? formatPeriodTitle(title.period) : undefined;
  const province = ctx.province?.name ?? '';
  const byName = new Map<string, Said[]>();
  const blocks = blocksOf(draft);
  const groups = groupsOf(blocks);
  for (const [n, block] of blocks.entries()) {
    if (block.inTable) continue;
    const all = figures(block);
    const group = groups[n]!;
    labelsOf(block, province, period, group).forEach((label, i) => {
      const f = all[i]!;
      if (!label) return;
      const key = `${label.row.id}\u0000${group}`;
      const said: Said = {
        value: f.value,
        decimals: f.decimals,
        percent: f.percent,
        excerpt: figureQuote(block.text, f, f.before, f.after),
        name: label.row.label,
        at: locate(draft, block, f.start),
      };
      pushTo(byName, key, said);
    });
  }
  const issues: Issue[] = [];
  for (const said of byName.values()) {
    const counts = new Map<number, number>();
    for (const s of said) counts.set(s.value, (counts.get(s.value) ?? 0) + 1);
    if (counts.size < 2) continue;
    const best = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const usual = said.find((s) => s.value === best)!;
    for (const s of said.filter((x) => x.value !== best))
      issues.push(
        makeIssue(
          'AUDIT_FIGURE_REPEATED_MISMATCH',
          {
            excerpt: s.excerpt,
            name: s.name,
            found: show(s.value, s.decimals, s.percent),
            expected: show(usual.value, usual.decimals, usual.percent),
            where:
              usual.at.paragraph !== undefined
                ? `đoạn ${usual.at.paragraph}`
                : `chú thích ${usual.at.footnote}`,
          },
          s.at,
        ),
      );
  }
  return issues;
};
