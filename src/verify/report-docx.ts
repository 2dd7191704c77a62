import { TEXTS } from '../catalogue';
import { REPORT_FOOTNOTES } from '../catalogue/report-footnotes';
import { writtenLine } from '../catalogue/written-line';
import type { QuarterlyReport } from '../compute/package-model';
import type { ReportModel } from '../compute/report-model';
import type { FormTable } from '../forms';
import { plainText } from '../phrase/inline-markup';
import { readDocxText } from '../ooxml/docx-text';
import { proseFigures } from './prose-figures';
import type { Mismatch } from './mismatch';
import { formValue, reportClaims } from './report-claims';
import { reportSections } from './report-sections';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "08 TTHC" must not be found inside "1.008 TTHC": a figure starts after a non-digit. */
const states = (text: string, figure: string) =>
  new RegExp(`(?<![\\d.,])${escape(figure)}(?![\\d])`, 'u').test(text);

// XML 1.0 has no room for these: the renderers drop them (escapeXml).
// eslint-disable-next-line no-control-regex
const printable = (t: string) => t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const textOf = (id: string, m: ReportModel) => TEXTS.find((t) => t.id === id)!.text(m);

/**
 * The texts of the data the report prints as they are written there: names, titles,
 * recipients, the summaries of the documents it cites. The report may change their case (the
 * signer's title in capitals, a PAKN field with a small first letter).
 */
function dataTexts(m: ReportModel): string[] {
  const f = m.frame;
  const d = m.documents;
  const cited = [...d.directive, ...d.internalTthc.decisions, ...d.boundaryFree];
  return [
    m.province.name,
    f.parentBody,
    ...f.issuingBody,
    f.number,
    f.symbol,
    f.place,
    f.signer.authority,
    f.signer.onBehalfOf,
    f.signer.title,
    f.signer.name,
    ...f.distribution,
    f.archive,
    ...cited.flatMap((c) => [c.number, c.summary.trim()]),
    ...(m.feedback?.rows ?? []).map((r) => r.field),
  ]
    .map((t) => printable(t ?? ''))
    .filter((t) => t !== '');
}

const LEFTOVER = /\{[#/^@]?[a-z_]+\}|undefined|NaN/gu;

/**
 * The first template tag, "undefined" or "NaN" left in `text`. One that lies inside a text of
 * the data is that text printed as written (a document "về {#x}", a unit named "undefined"),
 * not a leftover; one in a text the program made (a figure, a sentence, "- Lưu: …") is.
 */
function leftover(text: string, model: ReportModel): string | null {
  const spans = dataTexts(model).flatMap((t) =>
    [...text.matchAll(new RegExp(escape(t), 'giu'))].map((m) => ({
      from: m.index,
      to: m.index + m[0].length,
    })),
  );
  for (const m of text.matchAll(LEFTOVER)) {
    const end = m.index + m[0].length;
    if (!spans.some((s) => s.from <= m.index && end <= s.to)) return m[0];
  }
  return null;
}

/**
 * Each section of the content file as the report prints it, line by line: its placeholders
 * written from the model, its Markdown as the reader sees it.
 */
function contentSections(m: ReportModel, q: QuarterlyReport): { line: number; text: string }[][] {
  return [...q.sections.values()].map((lines) =>
    lines.map((l) => ({
      line: l.line,
      text: printable(plainText(writtenLine(l, m)))
        .replace(/\s+/g, ' ')
        .trim(),
    })),
  );
}

/**
 * Reads the produced report back and checks it against the package model, through the
 * catalogue: each figure the template prints stands in its section, written as the catalogue
 * writes the model's value, and equals its cell in the forms; each line of the content file
 * stands in the text, in order, its placeholders filled from the model; each footnote lists the
 * data's documents; the header carries the number and date; no tag or "undefined" is left.
 * Returns the mismatches and how many values were compared.
 */
export function verifyReportDocx(
  bytes: Buffer,
  m: ReportModel,
  q: QuarterlyReport,
  forms: readonly FormTable[],
  file: string,
): { mismatches: Mismatch[]; checked: number } {
  const out: Mismatch[] = [];
  let checked = 0;
  const { body, footnotes } = readDocxText(bytes);
  const sections = reportSections(body);
  const part = 'word/document.xml';
  for (const c of reportClaims(m, new Set(q.template.tags))) {
    checked++;
    const text = sections.get(c.section) ?? '';
    if (!states(text, c.text))
      out.push({
        kind: 'figure',
        file,
        at: { part, detail: `mục ${c.section}, ${c.row.label} {${c.row.id}}` },
        expected: c.text,
        found: 'không có trong mục này',
      });
    if (c.form) {
      checked++;
      const v = formValue(forms, c.form);
      if (v !== c.value)
        out.push({
          kind: 'form',
          file,
          at: {
            part,
            detail: `mục ${c.section}, ${c.row.label} ⇄ biểu ${c.form.form} cột (${c.form.column})`,
          },
          expected: String(c.value),
          found: v === undefined ? 'biểu không có ô này' : String(v),
        });
    }
  }
  const all = body.map((p) => p.text).join('\n');
  const flat = all.replace(/\[\^\d+\]/g, '').replace(/\s+/g, ' ');
  // A section's lines follow one another; the template may place the sections in any order.
  for (const lines of contentSections(m, q)) {
    let at = 0;
    for (const l of lines) {
      if (!l.text) continue;
      checked++;
      const found = flat.indexOf(l.text, at);
      if (found < 0)
        out.push({
          kind: 'text',
          file,
          at: { part, detail: `lời văn ở dòng ${l.line} của ${q.contentFile}` },
          expected: l.text.slice(0, 80),
          found: 'không thấy, hoặc không đúng thứ tự',
        });
      else at = found + l.text.length;
    }
  }
  for (const f of REPORT_FOOTNOTES) {
    const expected = textOf(f.text, m);
    const marked = all.includes(`[^${f.id}]`);
    const found = footnotes.get(f.id);
    if (!marked) continue;
    checked++;
    if (found !== expected)
      out.push({
        kind: 'footnote',
        file,
        at: { part: 'word/footnotes.xml', footnote: f.id, detail: `chú thích ${f.key}` },
        expected,
        found: found ?? 'không có',
      });
  }
  const head = sections.get('') ?? '';
  const header = [`Số:${textOf('so_ky_hieu', m)}`, textOf('dia_danh_ngay', m), m.period.title];
  for (const h of header) {
    checked++;
    if (!head.includes(h))
      out.push({
        kind: 'text',
        file,
        at: { part, detail: 'phần đầu văn bản' },
        expected: h,
        found: 'không thấy',
      });
  }
  const prose = proseFigures(bytes, m, file);
  out.push(...prose.mismatches);
  checked += prose.checked;
  const left = leftover(all + '\n' + [...footnotes.values()].join('\n'), m);
  if (left)
    out.push({
      kind: 'leftover',
      file,
      at: { part },
      expected: 'thẻ mẫu chưa được điền',
      found: left,
    });
  return { mismatches: out, checked };
}
