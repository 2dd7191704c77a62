import type { ReportModel } from '../compute/report-model';
import { FIGURES, STATISTICS_PARAGRAPH, TEXTS } from './index';
import { valueText } from './value-text';

/**
 * Each id's value in the bundled samples, for docs/figures.md: the quarterly sample for the
 * report's figures and texts, the index-766 sample for the province's standing.
 */
export function catalogueExamples(
  quarterly: ReportModel,
  index766: ReportModel,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of FIGURES) {
    const m = f.value(quarterly) !== null ? quarterly : index766;
    if (f.value(m) !== null) out.set(f.id, valueText(f.id, m));
  }
  for (const t of TEXTS) out.set(t.id, t.text(quarterly));
  out.set(STATISTICS_PARAGRAPH, valueText(STATISTICS_PARAGRAPH, index766));
  return out;
}
