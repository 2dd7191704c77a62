import type { ResolvedLine } from '../compute/content/segments';
import type { ReportModel } from '../compute/report-model';
import { literal } from '../phrase/literal-text';
import type { StatisticsMarks } from '../phrase/statistics-paragraph';
import { STATISTICS_PARAGRAPH } from './index';
import { valueText } from './value-text';

/**
 * A typed line with its placeholders written from the model, as literal text (the data's
 * characters are never read as Markdown), but for an index-766 letter's statistics paragraph,
 * whose footnote marks ([^xep_hang_thap], from the frame) are the letter's own.
 * What render prints and verify expects.
 */
export function writtenLine(
  l: ResolvedLine,
  m: ReportModel | null,
  marks: StatisticsMarks = {},
): string {
  return l.segments
    .map((s) => {
      if ('text' in s) return s.text;
      const text = m ? valueText(s.ref, m, marks) : '';
      return s.ref === STATISTICS_PARAGRAPH ? text : literal(text);
    })
    .join('');
}
