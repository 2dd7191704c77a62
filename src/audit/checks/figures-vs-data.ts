import type { ReportModel } from '../../compute/report-model';
import { looseKey } from '../../domain/spelling-key';
import { formatCount, formatNumber, formatPeriodTitle } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import { figureQuote, type Check } from '../context';
import { blocksOf, locate, type TextBlock } from '../draft';
import { FIGURE_LABELS, type FigureLabel } from '../figure-labels';
import { figures } from '../figure-cache';
import { periodsIn } from '../period-titles';
import type { Figure } from '../figures';

type Group = 'province' | 'agencies' | 'communes';

const GROUP_NAME: Record<Group, string> = {
  province: '',
  agencies: ' của các sở, ban, ngành',
  communes: ' của UBND các xã, phường',
};

/** The group a paragraph of section 6 speaks of, from its opening words. */
function groupOf(text: string): Group {
  if (/^[\s\-+*]*Các sở, ban, ngành/iu.test(text)) return 'agencies';
  if (/^[\s\-+*]*(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) các xã/iu.test(text)) return 'communes';
  return 'province';
}

/**
 * A number of the model at a dotted path ("dossiers.province.online"; "….length" of a list);
 * null when a section is missing or the value is not a number.
 */
export function figureAt(model: ReportModel, path: string): number | null {
  let v: unknown = model;
  for (const key of path.split('.')) {
    if (v === null || v === undefined || typeof v !== 'object') return null;
    v = (v as Record<string, unknown>)[key];
  }
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function fits(
  row: FigureLabel,
  f: Figure,
  sentence: string,
  province: string,
  parentRow: FigureLabel | null,
): boolean {
  const unit = f.unit ?? '';
  if (looseKey(row.unit) !== looseKey(unit) || f.percent) return false;
  if (Boolean(row.fraction) !== (f.over !== null)) return false;
  if (row.within !== undefined && row.within !== parentRow?.figure) return false;
  const has = (where: string, words: string | undefined) =>
    words === undefined || looseKey(where).includes(looseKey(words.replace('{tinh}', province)));
  return has(f.before, row.before) && has(f.after, row.after) && has(sentence, row.sentence);
}

// One unit named before a figure: "Sở Tư pháp", "xã Tằng Loỏng", "UBND phường Cam Đường".
// "các sở, ban, ngành" and "UBND các xã, phường" name groups, not a unit.
const NAMED_UNIT = /(?<![\p{L}])(?:Sở|[Xx]ã|[Pp]hường|[Đđ]ặc khu)\s+\p{Lu}/u;

/** Whether words speak of another period than `period`: "6 tháng đầu năm 2025", "cùng kỳ". */
const otherPeriod = (words: string, period: string | undefined) =>
  /cùng kỳ/iu.test(words) ||
  (period !== undefined && periodsIn(words).some((p) => formatPeriodTitle(p) !== period));

/**
 * The row of the label table each figure of a block fits (null when none), parents first. A
 * figure after the name of one unit in its sentence ("Riêng Sở Tư pháp đã tiếp nhận 1.520 hồ
 * sơ") is that unit's, not the province's, and fits only a row that says whose it is (`sentence`);
 * a figure after the name of another period than the data's (`period`, "Quý I năm 2026") fits none.
 */
export function rowsOf(
  block: TextBlock,
  province: string,
  period?: string,
): (FigureLabel | null)[] {
  const all = figures(block);
  const rows: (FigureLabel | null)[] = [];
  for (const f of all) {
    const parentRow = f.parent === null ? null : (rows[f.parent] ?? null);
    const sentence = block.text.slice(f.sentenceStart, f.sentenceEnd);
    const before = block.text.slice(f.sentenceStart, f.start);
    const ofUnit = NAMED_UNIT.test(before);
    const row =
      f.style === 'vi' && !otherPeriod(before, period)
        ? FIGURE_LABELS.find(
            (r) =>
              (!ofUnit || r.sentence !== undefined) && fits(r, f, sentence, province, parentRow),
          )
        : undefined;
    rows.push(row ?? null);
  }
  return rows;
}

/** Whether the text's number says the model's value, to the precision it is written with. */
function agrees(written: number, decimals: number, value: number): boolean {
  return Math.abs(written - value) <= 0.5 * 10 ** -decimals + 1e-9;
}

const show = (v: number, decimals: number) =>
  decimals === 0 && Number.isInteger(v) ? formatCount(v) : formatNumber(v, { decimals });

/**
 * With --data: every figure whose label the table FIGURE_LABELS knows ("Tổng số hồ sơ TTHC đã
 * tiếp nhận …: 176.319 hồ sơ") must be the model's figure. Figures without a known label are
 * left alone, and so are table cells.
 */
export const figuresVsData: Check = (draft, ctx) => {
  const model = ctx.model;
  if (!model) return [];
  const issues: Issue[] = [];
  for (const block of blocksOf(draft)) {
    // A table cell ("Đã thẩm định; đánh giá tác động 02 TTHC" beside one draft) speaks of its
    // row; the labels name the document's totals.
    if (block.inTable) continue;
    const group = groupOf(block.text);
    const all = figures(block);
    rowsOf(block, model.province.name, model.period.title).forEach((row, i) => {
      const f = all[i]!;
      // A count cannot have decimals: "176,319 hồ sơ" is a separator mistake, reported as such.
      if (!row || (row.unit !== '' && row.unit !== 'điểm' && f.decimals > 0)) return;
      const checks: [number, number | null][] = [
        [f.value, figureAt(model, row.figure.replace('{nhom}', group))],
      ];
      if (row.over && f.over !== null) checks.push([f.over, figureAt(model, row.over)]);
      for (const [written, value] of checks) {
        if (value === null || agrees(written, f.decimals, value)) continue;
        issues.push(
          makeIssue(
            'AUDIT_FIGURE_MISMATCH',
            {
              excerpt: figureQuote(block.text, f, f.before, f.after),
              name: row.name + (row.figure.includes('{nhom}') ? GROUP_NAME[group] : ''),
              expected: show(value, f.decimals),
              found: show(written, f.decimals),
            },
            locate(draft, block, f.start),
          ),
        );
      }
    });
  }
  return issues;
};
