import { formatPeriodTitle } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import type { Location } from '../../issues/location';
import { quote, type Check } from '../context';
import { locate, type Draft } from '../draft';
import { PERIOD_TITLE, periodOf } from '../period-titles';
import { titlePeriod } from './period';

/** One place where a report says which period it reports on. */
interface Said {
  readonly period: string;
  readonly excerpt: string;
  readonly at: Location;
  readonly title: boolean;
}

const PERIOD = new RegExp(PERIOD_TITLE.source, 'giu');

/**
 * The places a report names its own period, besides its title (REFERENCE §2): its opening,
 * "… báo cáo kết quả công tác cải cách TTHC Quý I năm 2026 (từ ngày …", where the period
 * comes with its window in the clause that reports; and its closing sentence, "Trên đây là báo
 * cáo … Quý I năm 2026 trên địa bàn tỉnh …", when it names one period. Other periods of the text
 * ("Văn bản số 1514/BTP-KSTT … báo cáo cải cách TTHC quý I năm 2026", "cùng kỳ năm 2025",
 * "Phương hướng nhiệm vụ Quý II năm 2026") are not the report's.
 */
function statements(draft: Draft): Said[] {
  const said: Said[] = [];
  for (const block of draft.paragraphs) {
    const closing = /^\s*Trên đây là báo cáo/iu.test(block.text);
    const found = [...block.text.matchAll(PERIOD)];
    if (closing && found.length === 1) {
      const m = found[0]!;
      said.push({
        period: formatPeriodTitle(periodOf(m)),
        excerpt: quote(block.text, m.index, m.index + m[0].length),
        at: locate(draft, block, m.index),
        title: false,
      });
      continue;
    }
    for (const m of found) {
      const end = m.index + m[0].length;
      if (!/^\s*\(\s*từ ngày/u.test(block.text.slice(end, end + 12))) continue;
      const clause =
        block.text
          .slice(0, m.index)
          .split(/[;.](?:\s|$)/u)
          .pop() ?? '';
      if (!/báo cáo/iu.test(clause)) continue;
      said.push({
        period: formatPeriodTitle(periodOf(m)),
        excerpt: quote(block.text, m.index, m.index + m[0].length),
        at: locate(draft, block, m.index),
        title: false,
      });
    }
  }
  return said;
}

const place = (at: Location) =>
  at.paragraph !== undefined ? `đoạn ${at.paragraph}` : `chú thích ${at.footnote}`;

/**
 * Without --data: a report names its period in its title, its opening and its closing
 * sentence, and all must be one period. The period most of them give is taken as meant (the
 * title's on a tie). With --data each is the data's to say: the title is compared with the
 * dataset (AUDIT_TITLE_PERIOD_MISMATCH), and so are the opening and the closing here.
 */
export const periodConsistency: Check = (draft, ctx) => {
  const title = titlePeriod(draft);
  if (!title) return [];
  // A title naming a year only ("… năm 2026") is another kind of report: nothing to compare.
  const m = PERIOD_TITLE.exec(title.block.text);
  if (!m) return [];
  const all: Said[] = [
    {
      period: formatPeriodTitle(title.period),
      excerpt: m[0],
      at: locate(draft, title.block, m.index),
      title: true,
    },
    ...statements(draft),
  ];
  if (ctx.model) {
    const data = ctx.model.period.title;
    const theirs = all.filter((s) => !s.title && s.period !== data);
    return theirs.map((s) => report(s, data, null));
  }
  const counts = new Map<string, number>();
  for (const s of all) counts.set(s.period, (counts.get(s.period) ?? 0) + 1);
  if (counts.size < 2) return [];
  const top = Math.max(...counts.values());
  const best = [...counts].filter(([, n]) => n === top).map(([p]) => p);
  const meant =
    all.find((s) => s.title && best.includes(s.period)) ?? all.find((s) => s.period === best[0])!;
  return all
    .filter((s) => s.period !== meant.period)
    .map((s) => report(s, meant.period, place(meant.at)));
};

/** The finding of a place naming another period than `expected`, said at `where` (null: the data). */
function report(s: Said, expected: string, where: string | null): Issue {
  return makeIssue(
    'AUDIT_PERIOD_INCONSISTENT',
    {
      excerpt: s.excerpt,
      found: s.period,
      expected,
      where: where ?? '',
      fromData: where === null ? 'yes' : '',
      title: s.title ? 'tiêu đề' : 'văn bản',
    },
    s.at,
  );
}
