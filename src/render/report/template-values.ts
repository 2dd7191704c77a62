import { CONTENT_SECTIONS } from '../../contract/content-sections';
import { FIGURES, TEXTS } from '../../catalogue';
import { figureText } from '../../catalogue/figure-text';
import { writtenLine } from '../../catalogue/written-line';
import type { QuarterlyReport } from '../../compute/package-model';
import type { ReportModel } from '../../compute/report-model';
import { contentInline, contentParagraphs } from './content-xml';

/** The frame's lines the template loops over ({#noi_nhan}{dong}{/noi_nhan}). */
function frameLines(m: ReportModel) {
  return {
    co_quan_ban_hanh: m.frame.issuingBody.map((line) => ({ dong: line })),
    noi_nhan: m.frame.distribution.map((r) => ({ dong: `- ${r};` })),
  };
}

/**
 * What docxtemplater is given: every figure and text of the catalogue written as every
 * document writes it, the wording's conditions, the frame's lines, and each section of the
 * content file as Word XML (its placeholders filled as literal text).
 */
export function templateValues(m: ReportModel, q: QuarterlyReport): Record<string, unknown> {
  const data: Record<string, unknown> = {
    ...Object.fromEntries(FIGURES.map((f) => [f.id, figureText(f, m)])),
    ...Object.fromEntries(TEXTS.map((t) => [t.id, t.text(m)])),
    ...q.conditions,
    ...frameLines(m),
  };
  for (const s of CONTENT_SECTIONS) {
    const lines = (q.sections.get(s.key) ?? []).map((l) => writtenLine(l, m));
    data[s.key] = s.kind === 'inline' ? contentInline(lines) : contentParagraphs(lines);
  }
  return data;
}
