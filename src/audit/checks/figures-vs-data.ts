import { figureRow } from '../../catalogue';
import type { ReportModel } from '../../compute/report-model';
import { formatCount, formatNumber, formatPercent } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import { figureQuote, type Check } from '../context';
import { blocksOf, locate, type TextBlock } from '../draft';
import { figures } from '../figure-cache';
import type { Figure } from '../figures';
import type { FigureGroup } from '../../catalogue';
import { groupsOf, labelsOf, type Label } from '../prose-labels';

/**
 * Whether the text's number says the model's value, to the precision it is written with. A rate
 * may be written with fewer decimals than the two the documents print ("đạt 98%" for 98,40 %),
 * but "100%" and "0%" say all and none: they hold only when the rate, written as the documents
 * write it (REFERENCE §6: two decimals unless whole), is 100% or 0% ("100%" for 99,60 % is false).
 */
export function agrees(written: number, decimals: number, value: number, percent = false): boolean {
  if (percent && decimals === 0 && (written === 0 || written === 100))
    return formatPercent(value) === formatPercent(written);
  return Math.abs(written - value) <= 0.5 * 10 ** -decimals + 1e-9;
}

/** A figure as the text writes it: "176.319", "82,16", "90%". */
export const show = (v: number, decimals: number, percent = false): string =>
  percent
    ? `${formatNumber(v, { decimals })}%`
    : decimals === 0 && Number.isInteger(v)
      ? formatCount(v)
      : formatNumber(v, { decimals });

/**
 * The model's value beside a figure of the text: to the text's decimals, or a rate as the
 * documents write it ("90,20%", "100%").
 */
export const showExpected = (v: number, f: { decimals: number; percent: boolean }): string =>
  f.percent ? formatPercent(v) : show(v, f.decimals);

/** The words of a disagreement to quote: the label it was recognised by, and the figure. */
export const excerptOf = (text: string, d: Disagreement): string =>
  figureQuote(
    text,
    d.figure,
    d.figure.before,
    d.figure.after,
    // A rate is named by the words after it ("90% PAKN đã xử lý được công khai").
    d.figure.percent && d.label.prose.before === undefined && d.label.prose.after
      ? d.label.prose.after.split(/\s+/).length
      : 0,
  );

/** A figure read against the label it fits: the model's value, and its "/b" when written so. */
export interface Disagreement {
  readonly label: Label;
  readonly figure: Figure;
  readonly expected: number;
  readonly found: number;
}

/**
 * What the figures of a block say against the model: for each figure whose label the
 * catalogue knows ("Tổng số hồ sơ TTHC đã tiếp nhận …: 176.319 hồ sơ"), compared (true) or
 * not comparable (the model has no value), and every disagreement.
 */
export function compareBlock(
  block: TextBlock,
  model: ReportModel,
  group?: FigureGroup,
): { compared: boolean[]; disagreements: Disagreement[] } {
  const all = figures(block);
  const compared: boolean[] = [];
  const disagreements: Disagreement[] = [];
  labelsOf(block, model.province.name, model.period.title, group).forEach((label, i) => {
    const f = all[i]!;
    compared.push(false);
    // A count cannot have decimals: "176,319 hồ sơ" is a separator mistake, reported as such.
    if (!label || (label.row.unit !== '' && label.row.unit !== 'điểm' && f.decimals > 0)) return;
    const checks: [number, number | null][] = [[f.value, label.row.value(model)]];
    const over = label.prose.over ? figureRow(label.prose.over) : undefined;
    if (over && f.over !== null) checks.push([f.over, over.value(model)]);
    if (checks.some(([, v]) => v === null)) return;
    compared[i] = true;
    for (const [written, value] of checks)
      if (!agrees(written, f.decimals, value!, f.percent))
        disagreements.push({ label, figure: f, expected: value!, found: written });
  });
  return { compared, disagreements };
}

/**
 * With --data: every figure whose label the catalogue knows must be the model's figure.
 * Figures without a known label are left alone, and so are table cells.
 */
export const figuresVsData: Check = (draft, ctx) => {
  const model = ctx.model;
  if (!model) return [];
  const issues: Issue[] = [];
  const blocks = blocksOf(draft);
  const groups = groupsOf(blocks);
  for (const [n, block] of blocks.entries()) {
    // A table cell ("Đã thẩm định; đánh giá tác động 02 TTHC" beside one draft) speaks of its
    // row; the labels name the document's totals.
    if (block.inTable) continue;
    for (const d of compareBlock(block, model, groups[n]).disagreements)
      issues.push(
        makeIssue(
          'AUDIT_FIGURE_MISMATCH',
          {
            excerpt: excerptOf(block.text, d),
            name: d.label.row.label,
            expected: showExpected(d.expected, d.figure),
            found: show(d.found, d.figure.decimals, d.figure.percent),
          },
          locate(draft, block, d.figure.start),
        ),
      );
  }
  return issues;
};
