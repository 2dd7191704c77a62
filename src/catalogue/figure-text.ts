import type { ReportModel } from '../compute/report-model';
import { formatCount, formatNumber, formatPercent } from '../format';
import type { FigureRow } from './figure-row';

/**
 * Whether the documents cannot write the figure: a SoLieu field left empty, or a figure of a
 * table the data does not have whose zero would be false (a score, a rank). A count of an empty
 * table is 0 and a rate of nothing is left blank: those are not missing.
 */
export function figureMissing(row: FigureRow, m: ReportModel): boolean {
  if (row.value(m) !== null) return row.format === 'rank' && row.over?.(m) == null;
  return (
    row.source !== undefined ||
    row.strict === true ||
    row.format === 'score' ||
    row.format === 'number' ||
    row.format === 'rank'
  );
}

/**
 * Whether a rate has no denominator (no PAKN received, no dossier of a sub-indicator): the
 * documents write it blank, so a line that prints it must be left out by a condition. The
 * template's rates sit under such conditions; a content file's or letter's line is checked.
 */
export function rateOfNothing(row: FigureRow, m: ReportModel): boolean {
  return row.format === 'percent' && row.value(m) === null && !figureMissing(row, m);
}

/**
 * A figure as every document writes it: a count with its leading zero ("03", "176.319"),
 * "Không" for a zero where the form says so, a rate ("98,59%"), a score ("82,16"), a rank as
 * letters write it ("07/34"). An empty
 * table counts 0; a rate of nothing is blank; a missing figure shows "…" (and is an error
 * before any document is written, see `figureMissing`).
 * @example figureText(figureRow('hs_tiep_nhan')!, model) // '176.319'
 */
export function figureText(row: FigureRow, m: ReportModel): string {
  const v = row.value(m);
  if (v === null) {
    if (figureMissing(row, m)) return '…';
    return row.format === 'percent'
      ? ''
      : formatCount(0, { zeroAsKhong: row.format === 'count-khong' });
  }
  switch (row.format) {
    case 'count':
      return formatCount(v);
    case 'count-khong':
      return formatCount(v, { zeroAsKhong: true });
    case 'percent':
      return formatPercent(v);
    case 'score':
    case 'number':
      return formatNumber(v);
    case 'rank':
      return `${formatCount(v)}/${row.over?.(m) ?? '…'}`;
  }
}
