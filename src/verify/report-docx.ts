import type { ReportModel } from '../compute/report-model';
import type { FormTable } from '../forms';
import { FOOTNOTES } from '../render/report/footnotes-view';
import type { ReportView } from '../render/report/report-view';
import { readDocxText } from '../ooxml/docx-text';
import type { Mismatch } from './mismatch';
import { formValue, reportClaims } from './report-claims';
import { reportSections } from './report-sections';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "08 TTHC" must not be found inside "1.008 TTHC": a figure starts after a non-digit. */
const states = (text: string, figure: string) =>
  new RegExp(`(?<![\\d.,])${escape(figure)}(?![\\d])`, 'u').test(text);

const FOOTNOTE_TEXT: Record<keyof typeof FOOTNOTES, string> = {
  ke_hoach: 'chu_thich_ke_hoach',
  van_ban: 'chu_thich_van_ban',
  noi_bo: 'chu_thich_noi_bo',
  dia_gioi: 'chu_thich_dia_gioi',
};

// XML 1.0 has no room for these: the renderers drop them (escapeXml).
// eslint-disable-next-line no-control-regex
const printable = (t: string) => t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

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
 * Reads the produced report back and checks it against the model and the forms: each figure of
 * REFERENCE §8 stands in its section as the data says, equals its cell in the forms, each
 * footnote lists the data's documents, the header carries the number and date, and no tag or
 * "undefined" is left in the text.
 */
export function verifyReportDocx(
  bytes: Buffer,
  model: ReportModel,
  view: ReportView,
  forms: readonly FormTable[],
  file: string,
): Mismatch[] {
  const out: Mismatch[] = [];
  const { body, footnotes } = readDocxText(bytes);
  const sections = reportSections(body);
  for (const c of reportClaims(model)) {
    const text = sections.get(c.section) ?? '';
    if (!states(text, c.text))
      out.push({
        file,
        place: `mục ${c.section}, ${c.label}`,
        expected: c.text,
        found: 'không thấy trong văn bản',
      });
    if (c.form) {
      const v = formValue(forms, c.form);
      if (v !== c.value)
        out.push({
          file,
          place: `mục ${c.section}, ${c.label} ⇄ biểu ${c.form.form} cột (${c.form.column})`,
          expected: String(c.value),
          found: v === undefined ? 'biểu không có ô này' : String(v),
        });
    }
  }
  const all = body.map((p) => p.text).join('\n');
  for (const [key, id] of Object.entries(FOOTNOTES)) {
    const expected = view[FOOTNOTE_TEXT[key as keyof typeof FOOTNOTES]] as string;
    const marked = all.includes(`[^${id}]`);
    const found = footnotes.get(id);
    if (marked && found !== expected)
      out.push({ file, place: `chú thích ${key}`, expected, found: found ?? 'không có' });
  }
  const head = sections.get('') ?? '';
  const header = [
    `Số:${view.so_ky_hieu as string}`,
    view.dia_danh_ngay as string,
    model.period.title,
  ];
  for (const h of header)
    if (!head.includes(h))
      out.push({ file, place: 'phần đầu văn bản', expected: h, found: 'không thấy' });
  const left = leftover(all + '\n' + [...footnotes.values()].join('\n'), model);
  if (left) out.push({ file, place: 'toàn văn', expected: 'không còn thẻ mẫu', found: left });
  return out;
}
