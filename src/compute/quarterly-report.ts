import { CONDITIONS, FIGURES, TEXTS, figureRow } from '../catalogue';
import { figureMissing, rateOfNothing } from '../catalogue/figure-text';
import { CONTENT_SECTIONS, sectionCondition } from '../contract/content-sections';
import { makeIssue, type Issue } from '../issues/issue';
import type { ReportSources } from '../validate/package/package-inputs';
import { resolveLines } from './content/resolve-lines';
import type { QuarterlyReport } from './package-model';
import type { ReportModel } from './report-model';

/** The ids a content line or the template may print: every figure and text of the catalogue. */
export const VALUE_REFS: ReadonlySet<string> = new Set([
  ...FIGURES.map((f) => f.id),
  ...TEXTS.map((t) => t.id),
]);

/** The conditions of the wording, decided on the data. */
export const conditionsOf = (m: ReportModel): Record<string, boolean> =>
  Object.fromEntries(CONDITIONS.map((c) => [c.id, c.holds(m)]));

/** A figure the wording needs and the data lacks, said where the official can fill it in. */
function missingIssue(id: string, where: { file: string; row?: number }): Issue {
  const row = figureRow(id)!;
  if (row.source)
    return makeIssue(
      'REPORT_FIGURE_MISSING',
      { field: row.source.column },
      { file: row.source.table, table: row.source.table, detail: row.source.column },
    );
  return makeIssue('REPORT_FIGURE_MISSING', { field: id }, where);
}

/**
 * The quarterly report's document: the content file's lines resolved on the data, the
 * template's conditions decided. Every figure the template or the content file prints must be in
 * the data: one missing is an error naming the SoLieu field (or the line that asks for it).
 */
export function quarterlyReport(
  m: ReportModel,
  s: ReportSources,
): { quarterly: QuarterlyReport; issues: Issue[] } {
  const issues: Issue[] = [];
  const base = conditionsOf(m);
  const sections = new Map(
    [...s.sections].map(([key, lines]) => [key, resolveLines(lines, VALUE_REFS, base)]),
  );
  // An optional section that takes its heading with it (co_tru_so, co_noi_dung_khac…) stays when
  // a line is left after the content file's own {{#if}}: decided on the resolved lines.
  const conditions = {
    ...base,
    ...Object.fromEntries(
      CONTENT_SECTIONS.filter((c) => c.need === 'heading').map((c) => [
        sectionCondition(c.key),
        (sections.get(c.key) ?? []).some((l) =>
          l.segments.some((seg) => 'ref' in seg || seg.text.trim() !== ''),
        ),
      ]),
    ),
  };
  const reported = new Set<string>();
  const need = (id: string, where: { file: string; row?: number }) => {
    const row = figureRow(id);
    if (!row || reported.has(id) || !figureMissing(row, m)) return;
    reported.add(id);
    issues.push(missingIssue(id, where));
  };
  // A content line is printed as resolved: a rate without denominator would print blank.
  const blankRate = (id: string, where: { file: string; row?: number }) => {
    const row = figureRow(id);
    if (!row || reported.has(id) || !rateOfNothing(row, m)) return;
    reported.add(id);
    issues.push(makeIssue('FIGURE_RATE_OF_NOTHING', { id, label: row.label }, where));
  };
  for (const tag of s.template.tags) need(tag, { file: s.template.file });
  for (const lines of sections.values())
    for (const l of lines)
      for (const seg of l.segments)
        if ('ref' in seg) {
          need(seg.ref, { file: s.contentFile, row: l.line });
          blankRate(seg.ref, { file: s.contentFile, row: l.line });
        }
  return {
    quarterly: { template: s.template, contentFile: s.contentFile, sections, conditions },
    issues,
  };
}
