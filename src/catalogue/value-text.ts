import type { ReportModel } from '../compute/report-model';
import { statisticsParagraph, type StatisticsMarks } from '../phrase/statistics-paragraph';
import { figureText } from './figure-text';
import { figureRow, STATISTICS_PARAGRAPH, TEXTS } from './index';

const textRows = new Map(TEXTS.map((t) => [t.id, t]));

/**
 * A placeholder as every document writes it: a figure (figureText), a text of the catalogue,
 * or an index-766 letter's statistics paragraph with its footnote marks.
 * @example valueText('hs_tiep_nhan', model) // '176.319'
 */
export function valueText(id: string, m: ReportModel, marks: StatisticsMarks = {}): string {
  if (id === STATISTICS_PARAGRAPH)
    return m.index766 ? (statisticsParagraph(m.index766, m.province.name, marks) ?? '') : '';
  const figure = figureRow(id);
  if (figure) return figureText(figure, m);
  const text = textRows.get(id);
  if (text) return text.text(m);
  throw new Error(`Unknown placeholder: ${id}`);
}
