import { FIGURES, type FigureRow } from '../../catalogue';
import { EQUATIONS, type Equation } from '../../contract/equations';
import { formatPeriodTitle } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import type { Location } from '../../issues/location';
import { figureQuote, type Check } from '../context';
import { blocksOf, locate } from '../draft';
import { figures } from '../figure-cache';
import type { Figure } from '../figures';
import { groupsOf, labelsOf } from '../prose-labels';
import { paragraphBreakdowns } from './breakdown-sums';
import { show } from './figures-vs-data';
import { titlePeriod } from './period';

/** An identity of a form between figures the catalogue names in prose: total = parts. */
interface Identity {
  readonly form: string;
  /** "(3) = (7) + (8) + (10) + (11)". */
  readonly label: string;
  readonly total: FigureRow;
  readonly parts: readonly FigureRow[];
}

/** The columns of an equation's label: "(3) = (6) + (9)" → [3, 6, 9]. */
const columnsOf = (e: Equation) => [...e.label.matchAll(/\((\d+)\)/gu)].map((m) => Number(m[1]));

/**
 * The parts of a total in columns the catalogue names: a part no figure of the prose stands
 * for is replaced by its own parts ("(3) = (6) + (9)" of 05b, with (6) = (7) + (8) and (9) =
 * (10) + (11), is "(3) = (7) + (8) + (10) + (11)": received = handled on time + handled late +
 * in progress in time + in progress overdue). Null when a part has neither.
 */
function expand(form: string, columns: readonly number[], named: (c: number) => boolean) {
  const out: number[] = [];
  for (const c of columns) {
    if (named(c)) {
      out.push(c);
      continue;
    }
    const own = EQUATIONS.find((e) => e.form === form && columnsOf(e)[0] === c);
    const parts = own ? expand(form, columnsOf(own).slice(1), named) : null;
    if (!parts) return null;
    out.push(...parts);
  }
  return out;
}

/**
 * The form equations (src/contract/equations.ts) whose every column is, or breaks down into,
 * figures of the catalogue with words in prose, for each row of the form (the province's
 * total, the agencies, the communes): "(3) = (4) + (5)" of 05b is "66 PAKN" tiếp nhận = 64 về
 * quy định hành chính + 02 về hành vi hành chính.
 */
export const IDENTITIES: readonly Identity[] = EQUATIONS.flatMap((equation) => {
  const [total, ...parts] = columnsOf(equation);
  const rows = FIGURES.filter((r) => r.form?.form === equation.form && r.prose?.length);
  return [...new Set(rows.map((r) => r.form!.row))].flatMap((cellRow) => {
    const at = (column: number | undefined) =>
      rows.find((r) => r.form!.row === cellRow && r.form!.column === column);
    const t = at(total);
    const columns = expand(equation.form, parts, (c) => at(c) !== undefined);
    if (!t || !columns || columns.length < 2) return [];
    const label = `(${total}) = ${columns.map((c) => `(${c})`).join(' + ')}`;
    return [{ form: equation.form, label, total: t, parts: columns.map((c) => at(c)!) }];
  });
});

interface Said {
  readonly figure: Figure;
  readonly text: string;
  readonly at: Location;
}

const place = (at: Location) =>
  at.paragraph !== undefined ? `đoạn ${at.paragraph}` : `chú thích ${at.footnote}`;

/**
 * Without --data: figures the text names in different places are still bound by the forms'
 * equations: "đã tiếp nhận 66 PAKN" in one sentence, "Số PAKN về quy định hành chính: 64 PAKN;
 * số PAKN về hành vi hành chính: 02 PAKN" in the next must add up (05b: (3) = (4) + (5)). Checked
 * only when the text gives the total and every part, each once (a figure given twice with two
 * values is AUDIT_FIGURE_REPEATED_MISMATCH), and the text does not break the total down into
 * these parts itself (that sum is AUDIT_SUM_MISMATCH). With --data each figure is compared with the data instead.
 */
export const formIdentities: Check = (draft, ctx) => {
  if (ctx.model) return [];
  const title = titlePeriod(draft);
  const period = title ? formatPeriodTitle(title.period) : undefined;
  const province = ctx.province?.name ?? '';
  const said = new Map<string, Said[]>();
  const blocks = blocksOf(draft);
  const groups = groupsOf(blocks);
  blocks.forEach((block, n) => {
    if (block.inTable) return;
    const all = figures(block);
    labelsOf(block, province, period, groups[n]).forEach((label, i) => {
      if (!label) return;
      const f = all[i]!;
      const s = { figure: f, text: block.text, at: locate(draft, block, f.start) };
      const list = said.get(label.row.id);
      if (list) list.push(s);
      else said.set(label.row.id, [s]);
    });
  });
  /** The one value the text gives a figure, or null (not given, or given two ways). */
  const once = (id: string): Said | null => {
    const s = said.get(id) ?? [];
    return s.length > 0 && s.every((x) => x.figure.value === s[0]!.figure.value) ? s[0]! : null;
  };
  const across = paragraphBreakdowns(draft);
  const issues: Issue[] = [];
  for (const { form, label, total, parts } of IDENTITIES) {
    const t = once(total.id);
    const ps = parts.map((p) => once(p.id));
    if (!t || ps.some((p) => !p)) continue;
    // The text breaks the total down along this identity itself: breakdown-sums checks that.
    const own = (p: Said) =>
      (p.text === t.text && p.figure.parent === t.figure.index) ||
      across.some((b) => b.total === t.figure && b.parts.includes(p.figure));
    if (ps.some((p) => own(p!))) continue;
    const sum = ps.reduce((s, p) => s + p!.figure.value, 0);
    if (sum === t.figure.value) continue;
    issues.push(
      makeIssue(
        'AUDIT_FORM_IDENTITY_MISMATCH',
        {
          excerpt: figureQuote(t.text, t.figure, t.figure.before, t.figure.after),
          name: total.label,
          total: show(t.figure.value, 0),
          parts: parts
            .map((p, k) => `${p.label} ${show(ps[k]!.figure.value, 0)} (${place(ps[k]!.at)})`)
            .join(' + '),
          sum: show(sum, 0),
          form,
          equation: label,
        },
        t.at,
      ),
    );
  }
  return issues;
};
